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

    public static unsafe GreyHistogram Of(PixHandle grey)
    {
        if (grey.Depth != 8)
        {
            throw new ArgumentException("an 8-bit grey image is expected", nameof(grey));
        }

        var width = grey.Width;
        var height = grey.Height;
        var data = (byte*)Leptonica.GetData(grey.Pointer);
        var rowBytes = Leptonica.GetWordsPerLine(grey.Pointer) * 4;
        var counts = new long[256];
        for (var y = 0; y < height; y++)
        {
            // A row's pixels are whole words, most significant byte first; the padding at a row's end
            // is skipped by counting only its first width bytes in pixel order.
            var row = data + ((long)y * rowBytes);
            var whole = width & ~3;
            for (var x = 0; x < whole; x++)
            {
                counts[row[x]]++;
            }

            var swizzle = BitConverter.IsLittleEndian ? 3 : 0;
            for (var x = whole; x < width; x++)
            {
                counts[row[x ^ swizzle]]++;
            }
        }

        GC.KeepAlive(grey);
        return new GreyHistogram(counts);
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
