using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>How often each grey level occurs on a page, read in place from an 8-bit PIX: the paper's
/// level and the ink/paper threshold come from it, once a page, for every step that needs them.</summary>
internal sealed class GreyHistogram
{
    private readonly long[] _counts;

    private GreyHistogram(long[] counts)
    {
        _counts = counts;
        Paper = MostCommonLevel(counts);
        Otsu = OtsuLevel(counts);
    }

    /// <summary>The most common level: the paper.</summary>
    public byte Paper { get; }

    /// <summary>The level that best separates ink from paper (Otsu): darker pixels are ink.</summary>
    public byte Otsu { get; }

    public long Count(byte level) => _counts[level];

    /// <summary>The darkest level at or below which <paramref name="fraction"/> of the page's pixels lie:
    /// with a small fraction, the core of the text's strokes (a page's text covers a few percent of it).</summary>
    public byte DarkLevel(double fraction) => LevelAt(_counts, fraction);

    /// <summary>The darkest level at or below which <paramref name="fraction"/> of the pixels counted in
    /// <paramref name="counts"/> (one count per level) lie; 255 when none were counted.</summary>
    public static byte LevelAt(ReadOnlySpan<long> counts, double fraction)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        var wanted = (long)Math.Ceiling(total * fraction);
        long seen = 0;
        for (var level = 0; level < counts.Length; level++)
        {
            seen += counts[level];
            if (seen >= wanted && seen > 0)
            {
                return (byte)level;
            }
        }

        return 255;
    }

    public static unsafe GreyHistogram Of(PixHandle grey)
    {
        var pixels = GreyRows.Of(grey, nameof(grey));
        var width = pixels.Width;
        var height = pixels.Height;
        var data = pixels.Data;
        var rowBytes = pixels.RowBytes;

        // Four tables, one per byte of a word, so that runs of equal pixels (paper) do not make every
        // increment wait for the one before it; a page has at most 500 million pixels, within int.
        var tables = new int[4 * 256];
        var swizzle = BitConverter.IsLittleEndian ? 3 : 0;
        var whole = width & ~3;
        fixed (int* counts = tables)
        {
            for (var y = 0; y < height; y++)
            {
                // A row's pixels are whole words, most significant byte first; only the last word can
                // hold padding, so the whole words are counted as they lie and the rest by position.
                var row = data + ((long)y * rowBytes);
                for (var x = 0; x < whole; x += 4)
                {
                    counts[row[x]]++;
                    counts[256 + row[x + 1]]++;
                    counts[512 + row[x + 2]]++;
                    counts[768 + row[x + 3]]++;
                }

                for (var x = whole; x < width; x++)
                {
                    counts[row[x ^ swizzle]]++;
                }
            }
        }

        var levels = new long[256];
        for (var level = 0; level < 256; level++)
        {
            levels[level] = (long)tables[level] + tables[256 + level] + tables[512 + level] + tables[768 + level];
        }

        GC.KeepAlive(grey);
        return new GreyHistogram(levels);
    }

    private static byte MostCommonLevel(long[] counts)
    {
        var paper = 255;
        for (var i = 0; i < 256; i++)
        {
            if (counts[i] > counts[paper])
            {
                paper = i;
            }
        }

        return (byte)paper;
    }

    /// <summary>The first level of the ink class under Otsu's split; 128 for a page of one level.</summary>
    private static byte OtsuLevel(long[] counts)
    {
        long total = 0;
        double sum = 0;
        for (var i = 0; i < 256; i++)
        {
            total += counts[i];
            sum += i * (double)counts[i];
        }

        double sumBelow = 0;
        long countBelow = 0;
        var best = 0.0;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            countBelow += counts[t];
            if (countBelow == 0)
            {
                continue;
            }

            var countAbove = total - countBelow;
            if (countAbove == 0)
            {
                break;
            }

            sumBelow += t * (double)counts[t];
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
