using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr;

/// <summary>From the pixels of the image that was read to the page's own units (image pixels, or
/// PDF points with a top-left origin): unit = offset + pixel * units-per-pixel.</summary>
internal readonly record struct PageTransform(double OffsetX, double OffsetY, double UnitsPerPixelX, double UnitsPerPixelY)
{
    public static PageTransform Identity { get; } = new(0, 0, 1, 1);

    public PageBox ToPage(int left, int top, int right, int bottom) =>
        new(OffsetX + (left * UnitsPerPixelX), OffsetY + (top * UnitsPerPixelY), OffsetX + (right * UnitsPerPixelX), OffsetY + (bottom * UnitsPerPixelY));

    /// <summary>The same page read from an image scaled by <paramref name="factor"/>.</summary>
    public PageTransform ForScaledImage(double factor) => this with { UnitsPerPixelX = UnitsPerPixelX / factor, UnitsPerPixelY = UnitsPerPixelY / factor };
}
