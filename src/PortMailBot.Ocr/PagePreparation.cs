using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>The preprocessing that measured worth its cost: grey conversion, square pixels
/// (fax TIFFs are often 204x98 dpi), upscaling of low-resolution scans, and turning.</summary>
internal static class PagePreparation
{
    /// <summary>Leptonica's own defaults for levelling (skew.c): binarising threshold, smallest turn worth
    /// making, and the confidence (best to worst score) below which a measured angle is not trusted.</summary>
    private const int SkewInkThreshold = 130;
    private const double MinimumSkewDegrees = 0.1;
    private const double MinimumSkewConfidence = 3.0;

    /// <summary>A US letter page's long side: images that state no resolution are assumed to be a page.</summary>
    private const double PageLongSideInches = 11.0;

    public static PixHandle ToSquareGrey(PixHandle decoded)
    {
        var grey = decoded.Depth == 8 && !HasColormap(decoded)
            ? PixHandle.FromNative(Leptonica.Clone(decoded.Pointer))
            : PixHandle.FromNative(Leptonica.ConvertTo8(decoded.Pointer, 0));
        if (grey is null)
        {
            throw new DocumentUnreadableException("the image could not be converted to grey");
        }

        var (x, y) = (decoded.XResolution, decoded.YResolution);
        if (x > 0 && y > 0 && x != y && Math.Max(x, y) <= 4 * Math.Min(x, y))
        {
            using var stretched = grey;
            var square = PixHandle.FromNative(Leptonica.Scale(stretched.Pointer, 1f, (float)x / y))
                ?? throw new DocumentUnreadableException("the image could not be scaled to square pixels");
            _ = Leptonica.SetResolution(square.Pointer, x, x);
            return square;
        }

        _ = Leptonica.SetResolution(grey.Pointer, x, x);
        return grey;
    }

    /// <summary>The stated resolution when plausible; otherwise the resolution a letter page would
    /// have at this size (photos often state 72 dpi, or nothing).</summary>
    public static int EstimateDpi(PixHandle decoded, PixHandle grey)
    {
        var stated = Math.Max(decoded.XResolution, decoded.YResolution);
        if (stated is >= 100 and <= 2400)
        {
            return stated;
        }

        var estimated = (int)Math.Round(Math.Max(grey.Width, grey.Height) / PageLongSideInches);
        return Math.Clamp(estimated, 70, 1200);
    }

    public static double UpscaleFactor(int dpi, long pixels, int upscaleBelowDpi, int targetDpi, long maxPixels)
    {
        if (upscaleBelowDpi <= 0 || dpi >= upscaleBelowDpi)
        {
            return 1.0;
        }

        var factor = (double)targetDpi / dpi;
        var fitting = Math.Sqrt((double)maxPixels / Math.Max(pixels, 1));
        factor = Math.Min(factor, fitting);
        return factor > 1.05 ? factor : 1.0;
    }

    /// <summary>How far a slightly crooked scan must turn (degrees, clockwise) for its text lines to lie
    /// level, so that a form's label and its value share a line again; 0 when it is level already or the
    /// skew cannot be measured with confidence.</summary>
    public static double MeasureSkew(PixHandle grey)
    {
        using var ink = PixHandle.FromNative(Leptonica.ThresholdToBinary(grey.Pointer, SkewInkThreshold))
            ?? throw new DocumentUnreadableException("the image could not be levelled");
        var measured = Leptonica.FindSkewSweepAndSearch(ink.Pointer, out var angle, out var confidence, 4, 2, 7f, 1f, 0.01f) == 0;
        return measured && Math.Abs(angle) >= MinimumSkewDegrees && confidence >= MinimumSkewConfidence ? angle : 0;
    }

    /// <summary>The page turned level by <paramref name="degrees"/> (area-mapped, white brought in at the corners);
    /// a clone when it is level already.</summary>
    public static PixHandle Level(PixHandle grey, double degrees)
    {
        return degrees == 0
            ? PixHandle.FromNative(Leptonica.Clone(grey.Pointer)) ?? throw new DocumentUnreadableException("the image could not be levelled")
            : GreyRotation.Turn(grey, (float)(degrees * Math.PI / 180));
    }

    /// <summary><paramref name="grey"/> without the form's rules (underlines, cell borders), for recognition only.</summary>
    public static PixHandle WithoutRules(PixHandle grey, GreyHistogram levels)
    {
        var pix = RuleRemoval.Remove(grey, levels);
        _ = Leptonica.SetResolution(pix.Pointer, grey.XResolution, grey.YResolution);
        return pix;
    }

    public static PixHandle Rotate(PixHandle pix, int degrees)
    {
        var turned = degrees switch
        {
            90 => Leptonica.Rotate90(pix.Pointer, 1),
            180 => Leptonica.Rotate180(nint.Zero, pix.Pointer),
            270 => Leptonica.Rotate90(pix.Pointer, -1),
            _ => throw new ArgumentOutOfRangeException(nameof(degrees), degrees, "a quarter turn is expected"),
        };
        return PixHandle.FromNative(turned) ?? throw new DocumentUnreadableException("the image could not be turned");
    }

    private static bool HasColormap(PixHandle pix) => Leptonica.GetColormap(pix.Pointer) != nint.Zero;
}
