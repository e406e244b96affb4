using System.Numerics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Erases the long thin rules of a form or table (underlines under filled-in values, cell borders)
/// before recognition: Tesseract reads a value that touches its underline, or a cell squeezed between
/// borders, as garbage ("uh ee ee" for "Morin"). Solid dark areas and text strokes are kept: only runs
/// much longer than a character and much thinner than a line of text are erased.</summary>
/// <remarks>Done with leptonica's binary morphology on a 1-bit copy of the page (32 pixels a word):
/// an opening by a line keeps exactly the pixels of runs at least that long in its direction, so
/// "long runs, at most a few pixels thick" is two openings and a difference per direction.</remarks>
internal static class RuleRemoval
{
    /// <summary>The page without its rules, erased to the paper's level; a clone of
    /// <paramref name="grey"/> (no copy) when it has none.</summary>
    public static PixHandle Remove(PixHandle grey, GreyHistogram levels)
    {
        ArgumentNullException.ThrowIfNull(grey);
        ArgumentNullException.ThrowIfNull(levels);
        var (width, height) = (grey.Width, grey.Height);
        if (width < 64 || height < 64)
        {
            return Clone(grey);
        }

        // Rules are often printed lighter than text: anything clearly darker than the paper counts.
        var threshold = (levels.Otsu + levels.Paper) / 2;
        var shortSide = Math.Min(width, height);
        var minLength = Math.Max(60, shortSide / 22);
        var maxThickness = Math.Max(3, shortSide / 300);

        using var ink = Native(Leptonica.ThresholdToBinary(grey.Pointer, threshold));
        using var horizontal = ThinRuns(ink, minLength, maxThickness, horizontalRuns: true);
        using var vertical = ThinRuns(ink, minLength, maxThickness, horizontalRuns: false);
        _ = Leptonica.Or(horizontal.Pointer, horizontal.Pointer, vertical.Pointer);
        _ = Leptonica.Zero(horizontal.Pointer, out var none);
        if (none == 1)
        {
            return Clone(grey);
        }

        // Paper, not white: a white stripe would be an edge of its own to the binariser.
        var cleaned = Native(Leptonica.Copy(nint.Zero, grey.Pointer));
        PaintMasked(cleaned, horizontal, levels.Paper);
        return cleaned;
    }

    /// <summary>Sets every pixel of the 8-bit <paramref name="grey"/> under the 1-bit <paramref name="mask"/>'s
    /// foreground to <paramref name="value"/>, as leptonica's pixSetMasked does, but skipping the mask's
    /// empty words: rules cover a few percent of a page, and testing every pixel's bit cost more than the
    /// rest of the erasing.</summary>
    internal static unsafe void PaintMasked(PixHandle grey, PixHandle mask, byte value)
    {
        var (width, height) = (Math.Min(grey.Width, mask.Width), Math.Min(grey.Height, mask.Height));
        var greyData = (byte*)Leptonica.GetData(grey.Pointer);
        var greyRowBytes = Leptonica.GetWordsPerLine(grey.Pointer) * 4;
        var maskData = Leptonica.GetData(mask.Pointer);
        var maskWords = Leptonica.GetWordsPerLine(mask.Pointer);
        var swizzle = BitConverter.IsLittleEndian ? 3 : 0;
        for (var y = 0; y < height; y++)
        {
            var maskRow = maskData + ((long)y * maskWords);
            var greyRow = greyData + ((long)y * greyRowBytes);
            for (var w = 0; w < maskWords; w++)
            {
                // Pixel 32w + k is bit 31 - k of word w: the most significant bit first.
                var bits = maskRow[w];
                while (bits != 0)
                {
                    var k = BitOperations.LeadingZeroCount(bits);
                    var x = (w * 32) + k;
                    if (x >= width)
                    {
                        break;
                    }

                    greyRow[x ^ swizzle] = value;
                    bits &= ~(0x8000_0000u >> k);
                }
            }
        }

        GC.KeepAlive(grey);
        GC.KeepAlive(mask);
    }

    /// <summary>The pixels to erase for one direction: runs at least <paramref name="minLength"/> long whose
    /// stack across the run is at most <paramref name="maxThickness"/>, widened by one pixel either side
    /// across the run (the rule's anti-aliased edge). A thicker stack is a solid area and is kept.</summary>
    private static PixHandle ThinRuns(PixHandle ink, int minLength, int maxThickness, bool horizontalRuns)
    {
        var runs = horizontalRuns
            ? HorizontalRuns.AtLeast(ink, minLength)
            : Native(Leptonica.OpenLongBrick(nint.Zero, ink.Pointer, 1, minLength));
        _ = Leptonica.Zero(runs.Pointer, out var none);
        if (none == 1)
        {
            // No run that long: nothing to erase in this direction.
            return runs;
        }

        using (runs)
        {
            var (thickWidth, thickHeight) = horizontalRuns ? (1, maxThickness + 1) : (maxThickness + 1, 1);
            using var thick = Native(Leptonica.OpenBrick(nint.Zero, runs.Pointer, thickWidth, thickHeight));
            _ = Leptonica.Subtract(runs.Pointer, runs.Pointer, thick.Pointer);
            var (edgeWidth, edgeHeight) = horizontalRuns ? (1, 3) : (3, 1);
            return Native(Leptonica.DilateBrick(nint.Zero, runs.Pointer, edgeWidth, edgeHeight));
        }
    }

    private static PixHandle Clone(PixHandle pix) => Native(Leptonica.Clone(pix.Pointer));

    private static PixHandle Native(nint pix) =>
        PixHandle.FromNative(pix) ?? throw new DocumentUnreadableException("leptonica could not erase the page's rules");
}
