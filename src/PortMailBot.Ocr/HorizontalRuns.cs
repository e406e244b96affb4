using System.Collections.Concurrent;
using System.Numerics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>The pixels of a 1-bit page that lie on horizontal runs at least a given length long: what
/// leptonica's opening by a horizontal line gives, found by walking each row's runs instead.</summary>
/// <remarks>Rules are the only runs that long on a page, and text leaves a few dozen short runs a row, so
/// jumping from one run's end to the next with leading-zero counts is several times faster than the
/// opening's word-by-word erosion and dilation. Leptonica builds long lines from shorter ones, so the
/// line it opens by can be a pixel or two off the length asked for: that length is measured once on
/// leptonica itself, and the tests compare both on random pages and scans.</remarks>
internal static class HorizontalRuns
{
    /// <summary>Probe runs either side of the requested length: leptonica's composite line is within a few
    /// pixels of it (62 opens by 63, 100 by 98).</summary>
    private const int ProbeSpread = 8;

    private static readonly ConcurrentDictionary<int, int?> ShortestKept = new();

    /// <summary>A new 1-bit image holding the runs of <paramref name="ink"/> that leptonica's
    /// <c>pixOpenCompBrickExtendDwa(ink, length, 1)</c> keeps.</summary>
    public static unsafe PixHandle AtLeast(PixHandle ink, int length)
    {
        if (ink.Depth != 1)
        {
            throw new ArgumentException("a 1-bit image is expected", nameof(ink));
        }

        if (ShortestKept.GetOrAdd(length, ProbeLeptonica) is not { } shortest)
        {
            return Native(Leptonica.OpenLongBrick(nint.Zero, ink.Pointer, length, 1));
        }

        var (width, height) = (ink.Width, ink.Height);
        var runs = Native(Leptonica.Create(width, height, 1));
        _ = Leptonica.SetResolution(runs.Pointer, ink.XResolution, ink.YResolution);
        var words = Leptonica.GetWordsPerLine(ink.Pointer);
        var source = Leptonica.GetData(ink.Pointer);
        var target = Leptonica.GetData(runs.Pointer);
        for (var y = 0; y < height; y++)
        {
            var row = source + ((long)y * words);
            var start = NextSet(row, 0, width);
            while (start < width)
            {
                var end = NextClear(row, start, width);
                if (end - start >= shortest)
                {
                    SetBits(target + ((long)y * words), start, end);
                }

                start = NextSet(row, end, width);
            }
        }

        GC.KeepAlive(ink);
        return runs;
    }

    /// <summary>The shortest run leptonica's opening keeps for <paramref name="length"/>, measured once on a
    /// row of runs of every length around it; null if the row does not show a clean threshold (leptonica
    /// then does the work).</summary>
    private static unsafe int? ProbeLeptonica(int length)
    {
        const int Gap = 80;
        var lengths = Enumerable.Range(Math.Max(1, length - ProbeSpread), (2 * ProbeSpread) + 1).ToList();
        var width = lengths.Sum(l => l + Gap) + Gap;
        using var probe = Native(Leptonica.Create(width, 1, 1));
        var starts = new List<int>();
        var x = Gap;
        foreach (var run in lengths)
        {
            SetBits(Leptonica.GetData(probe.Pointer), x, x + run);
            starts.Add(x);
            x += run + Gap;
        }

        using var opened = Native(Leptonica.OpenLongBrick(nint.Zero, probe.Pointer, length, 1));
        var kept = lengths.Select((run, i) => Leptonica.GetPixel(opened.Pointer, starts[i], 0, out var value) == 0 && value == 1).ToList();
        var first = kept.IndexOf(true);
        var clean = first > 0 && kept.Skip(first).All(k => k);
        return clean ? lengths[first] : null;
    }

    private static PixHandle Native(nint pix) =>
        PixHandle.FromNative(pix) ?? throw new DocumentUnreadableException("leptonica could not find the page's rules");

    /// <summary>The first pixel at or after <paramref name="from"/> that is on; <paramref name="width"/> if none.
    /// Pixel x is bit 31 - x % 32 of word x / 32: the most significant bit first.</summary>
    private static unsafe int NextSet(uint* row, int from, int width)
    {
        if (from >= width)
        {
            return width;
        }

        var w = from >> 5;
        var word = row[w] & (uint.MaxValue >> (from & 31));
        var last = (width - 1) >> 5;
        while (word == 0)
        {
            if (++w > last)
            {
                return width;
            }

            word = row[w];
        }

        return Math.Min(width, (w << 5) + BitOperations.LeadingZeroCount(word));
    }

    /// <summary>The first pixel at or after <paramref name="from"/> that is off; <paramref name="width"/> if none.</summary>
    private static unsafe int NextClear(uint* row, int from, int width)
    {
        var w = from >> 5;
        var word = ~row[w] & (uint.MaxValue >> (from & 31));
        var last = (width - 1) >> 5;
        while (word == 0)
        {
            if (++w > last)
            {
                return width;
            }

            word = ~row[w];
        }

        return Math.Min(width, (w << 5) + BitOperations.LeadingZeroCount(word));
    }

    /// <summary>Turns pixels [start, end) of a row on.</summary>
    private static unsafe void SetBits(uint* row, int start, int end)
    {
        var first = start >> 5;
        var last = (end - 1) >> 5;
        var headMask = uint.MaxValue >> (start & 31);
        var tailMask = uint.MaxValue << (31 - ((end - 1) & 31));
        if (first == last)
        {
            row[first] |= headMask & tailMask;
            return;
        }

        row[first] |= headMask;
        for (var w = first + 1; w < last; w++)
        {
            row[w] = uint.MaxValue;
        }

        row[last] |= tailMask;
    }
}
