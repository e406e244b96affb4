namespace PortMailBot.Ocr;

/// <summary>Erases the long thin rules of a form or table (underlines under filled-in values, cell borders)
/// before recognition: Tesseract reads a value that touches its underline, or a cell squeezed between
/// borders, as garbage ("uh ee ee" for "Morin"). Solid dark areas and text strokes are kept: only runs
/// much longer than a character and much thinner than a line of text are erased.</summary>
internal static class RuleRemoval
{
    /// <summary>Returns the cleaned pixels (a new array); <paramref name="pixels"/> is left unchanged.</summary>
    public static byte[] Remove(ReadOnlySpan<byte> pixels, int width, int height)
    {
        var result = pixels.ToArray();
        if (width < 64 || height < 64)
        {
            return result;
        }

        // Rules are often printed lighter than text: anything clearly darker than the paper counts.
        var paper = PaperLevel(pixels);
        var threshold = (byte)((OtsuThreshold(pixels) + paper) / 2);
        var shortSide = Math.Min(width, height);
        var minLength = Math.Max(60, shortSide / 22);
        var maxThickness = Math.Max(3, shortSide / 300);
        var erase = new bool[result.Length];
        MarkRuns(pixels, width, height, threshold, minLength, maxThickness, horizontal: true, erase);
        MarkRuns(pixels, width, height, threshold, minLength, maxThickness, horizontal: false, erase);
        for (var i = 0; i < result.Length; i++)
        {
            if (erase[i])
            {
                // Paper, not white: a white stripe would be an edge of its own to the binariser.
                result[i] = (byte)paper;
            }
        }

        return result;
    }

    /// <summary>Marks dark runs at least <paramref name="minLength"/> long along one direction whose extent
    /// across it stays within <paramref name="maxThickness"/> (a rule, not a filled box).</summary>
    private static void MarkRuns(ReadOnlySpan<byte> pixels, int width, int height, byte threshold, int minLength, int maxThickness, bool horizontal, bool[] erase)
    {
        var along = horizontal ? width : height;
        var across = horizontal ? height : width;
        var run = new bool[pixels.Length];
        for (var a = 0; a < across; a++)
        {
            var start = -1;
            for (var i = 0; i <= along; i++)
            {
                var dark = i < along && pixels[Index(a, i)] < threshold;
                if (dark && start < 0)
                {
                    start = i;
                }
                else if (!dark && start >= 0)
                {
                    if (i - start >= minLength)
                    {
                        for (var k = start; k < i; k++)
                        {
                            run[Index(a, k)] = true;
                        }
                    }

                    start = -1;
                }
            }
        }

        // Across the runs: a stack of marked pixels thicker than a rule is a solid area, kept as it is.
        for (var i = 0; i < along; i++)
        {
            var start = -1;
            for (var a = 0; a <= across; a++)
            {
                var marked = a < across && run[Index(a, i)];
                if (marked && start < 0)
                {
                    start = a;
                }
                else if (!marked && start >= 0)
                {
                    if (a - start <= maxThickness)
                    {
                        // One pixel either side too: the rule's anti-aliased edge.
                        for (var k = Math.Max(0, start - 1); k < Math.Min(across, a + 1); k++)
                        {
                            erase[Index(k, i)] = true;
                        }
                    }

                    start = -1;
                }
            }
        }

        int Index(int acrossIndex, int alongIndex) =>
            horizontal ? (acrossIndex * width) + alongIndex : (alongIndex * width) + acrossIndex;
    }

    /// <summary>The most common grey level: the paper.</summary>
    private static int PaperLevel(ReadOnlySpan<byte> pixels)
    {
        Span<int> histogram = stackalloc int[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        var paper = 255;
        for (var i = 0; i < 256; i++)
        {
            if (histogram[i] > histogram[paper])
            {
                paper = i;
            }
        }

        return paper;
    }

    /// <summary>The grey level that best separates ink from paper (Otsu), kept below the paper's brightness.</summary>
    private static byte OtsuThreshold(ReadOnlySpan<byte> pixels)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        long total = pixels.Length;
        double sum = 0;
        for (var i = 0; i < 256; i++)
        {
            sum += i * (double)histogram[i];
        }

        double sumBelow = 0;
        long countBelow = 0;
        var best = 0.0;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            countBelow += histogram[t];
            if (countBelow == 0)
            {
                continue;
            }

            var countAbove = total - countBelow;
            if (countAbove == 0)
            {
                break;
            }

            sumBelow += t * (double)histogram[t];
            var meanBelow = sumBelow / countBelow;
            var meanAbove = (sum - sumBelow) / countAbove;
            var between = (double)countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }

        return (byte)Math.Clamp(threshold, 1, 255);
    }
}
