using System.Diagnostics.CodeAnalysis;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>A scanned PDF page's one embedded image: JPEG bytes go to leptonica as they are, 8-bit
/// grey samples are copied, other encoded images are read by leptonica.</summary>
internal static class PdfPageImage
{
    /// <summary>The image must cover this much of the page to stand for the page.</summary>
    private const double MinimumCoverage = 0.6;

    /// <summary>Other images (a pasted signature, a stamp) above this share of the page mean the page
    /// is not one image: it is rasterised whole so nothing drawn on it is lost.</summary>
    private const double MaximumOtherImages = 0.02;

    /// <summary>The page's single usable image and where it is drawn; null when the page must be rasterised.</summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The PIX is handed to the PlacedImage returned, which owns and disposes it.")]
    public static PlacedImage? Find(ScannedPdfPage page, long maxPixels)
    {
        var images = page.Images;
        var pageArea = page.Width * page.Height;
        if (images.Count == 0 || pageArea <= 0)
        {
            return null;
        }

        var largest = images.MaxBy(Area)!;
        var others = images.Where(i => !ReferenceEquals(i, largest)).Sum(Area);
        if (Area(largest) < MinimumCoverage * pageArea || others > MaximumOtherImages * pageArea)
        {
            return null;
        }

        var width = largest.WidthInSamples;
        var height = largest.HeightInSamples;
        if (width <= 0 || height <= 0)
        {
            return null;
        }

        if ((long)width * height > maxPixels)
        {
            throw new DocumentUnreadableException($"page {page.Number}: its image has {width}x{height} pixels, more than the {maxPixels} allowed");
        }

        var dpi = (int)Math.Round(width / (largest.DrawnWidth / 72.0));
        return Decode(largest, width, height) is { } pix ? new PlacedImage(pix, largest.Box, dpi) : null;
    }

    private static PixHandle? Decode(ScannedPdfImage image, int width, int height)
    {
        var data = image.Read();
        if (data is null || data.Format != ScannedImageFormat.GreySamples)
        {
            return data is null ? null : ReadEncoded(data);
        }

        try
        {
            return GreyPix.ToPix(data.Bytes.Span, width, height);
        }
        catch (InvalidOperationException)
        {
            // Leptonica could not allocate the image: the page is rasterised instead.
            return null;
        }
    }

    private static unsafe PixHandle? ReadEncoded(ScannedImageData encoded)
    {
        fixed (byte* data = encoded.Bytes.Span)
        {
            return PixHandle.FromNative(encoded.Format == ScannedImageFormat.Jpeg
                ? EncodedImage.ReadJpegAsGrey(data, encoded.Bytes.Length)
                : Leptonica.ReadMem(data, (nuint)encoded.Bytes.Length));
        }
    }

    private static double Area(ScannedPdfImage image) => Math.Max(0, image.DrawnWidth) * Math.Max(0, image.DrawnHeight);
}

/// <summary>A decoded page image, the box it fills on the PDF page (points, top-left origin) and its resolution.</summary>
internal sealed record PlacedImage(PixHandle Pix, PageBox Box, int Dpi) : IDisposable
{
    /// <summary>The placed image owns its decoded pixels.</summary>
    public void Dispose() => Pix.Dispose();
}
