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

        // Every pass walks the page row by row, the way it lies in memory; one scratch mask is reused
        // for both directions.
        var length = pixels.Length;
        var run = new bool[length];
        var erase = new bool[length];
        var starts = new int[width];
        MarkHorizontalRuns(pixels, width, height, threshold, minLength, run);
        EraseThinStacksDownColumns(run, width, height, maxThickness, erase, starts);
        Array.Clear(run);
        MarkVerticalRuns(pixels, width, height, threshold, minLength, run, starts);
        EraseThinStacksAlongRows(run, width, height, maxThickness, erase);
        for (var i = 0; i < length; i++)
        {
            if (erase[i])
            {
                // Paper, not white: a white stripe would be an edge of its own to the binariser.
                result[i] = (byte)paper;
            }
        }

        return result;
    }

    /// <summary>Marks dark runs along each row at least <paramref name="minLength"/> long.</summary>
    private static void MarkHorizontalRuns(ReadOnlySpan<byte> pixels, int width, int height, byte threshold, int minLength, bool[] run)
    {
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * width, width);
            var start = -1;
            for (var x = 0; x <= width; x++)
            {
                var dark = x < width && row[x] < threshold;
                if (dark && start < 0)
                {
                    start = x;
                }
                else if (!dark && start >= 0)
                {
                    if (x - start >= minLength)
                    {
                        run.AsSpan((y * width) + start, x - start).Fill(true);
                    }

                    start = -1;
                }
            }
        }
    }

    /// <summary>Marks dark runs down each column at least <paramref name="minLength"/> long, keeping one
    /// run start per column so the page is still read row by row.</summary>
    private static void MarkVerticalRuns(ReadOnlySpan<byte> pixels, int width, int height, byte threshold, int minLength, bool[] run, int[] starts)
    {
        starts.AsSpan(0, width).Fill(-1);
        for (var y = 0; y <= height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var dark = y < height && pixels[(y * width) + x] < threshold;
                var start = starts[x];
                if (dark && start < 0)
                {
                    starts[x] = y;
                }
                else if (!dark && start >= 0)
                {
                    if (y - start >= minLength)
                    {
                        for (var k = start; k < y; k++)
                        {
                            run[(k * width) + x] = true;
                        }
                    }

                    starts[x] = -1;
                }
            }
        }
    }

    /// <summary>Across horizontal runs: a stack of marked pixels down a column no thicker than a rule is
    /// erased (with one pixel either side, the rule's anti-aliased edge); a thicker one is a solid area, kept.</summary>
    private static void EraseThinStacksDownColumns(bool[] run, int width, int height, int maxThickness, bool[] erase, int[] starts)
    {
        starts.AsSpan(0, width).Fill(-1);
        for (var y = 0; y <= height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var marked = y < height && run[(y * width) + x];
                var start = starts[x];
                if (marked && start < 0)
                {
                    starts[x] = y;
                }
                else if (!marked && start >= 0)
                {
                    if (y - start <= maxThickness)
                    {
                        for (var k = Math.Max(0, start - 1); k < Math.Min(height, y + 1); k++)
                        {
                            erase[(k * width) + x] = true;
                        }
                    }

                    starts[x] = -1;
                }
            }
        }
    }

    /// <summary>Across vertical runs: the same test along each row.</summary>
    private static void EraseThinStacksAlongRows(bool[] run, int width, int height, int maxThickness, bool[] erase)
    {
        for (var y = 0; y < height; y++)
        {
            var start = -1;
            for (var x = 0; x <= width; x++)
            {
                var marked = x < width && run[(y * width) + x];
                if (marked && start < 0)
                {
                    start = x;
                }
                else if (!marked && start >= 0)
                {
                    if (x - start <= maxThickness)
                    {
                        var from = Math.Max(0, start - 1);
                        erase.AsSpan((y * width) + from, Math.Min(width, x + 1) - from).Fill(true);
                    }

                    start = -1;
                }
            }
        }
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
