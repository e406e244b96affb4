using System.Diagnostics.CodeAnalysis;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PortMailBot.Ocr;

/// <summary>A scanned PDF page's one embedded image, taken in-process from PdfPig: JPEG bytes go
/// to leptonica as they are, 8-bit grey samples are copied, anything else goes through PdfPig's PNG.</summary>
internal static class PdfPageImage
{
    /// <summary>The image must cover this much of the page to stand for the page.</summary>
    private const double MinimumCoverage = 0.6;

    /// <summary>Other images (a pasted signature, a stamp) above this share of the page mean the page
    /// is not one image: it is rasterised whole so nothing drawn on it is lost.</summary>
    private const double MaximumOtherImages = 0.02;

    /// <summary>The page's single usable image and where it is drawn; null when the page must be rasterised.</summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The PIX is handed to the PlacedImage returned, which owns and disposes it.")]
    public static PlacedImage? Find(Page page, long maxPixels)
    {
        List<IPdfImage> images;
        try
        {
            images = page.GetImages().ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A damaged page's resources: no usable image, so the page is rasterised whole.
            return null;
        }

        var pageArea = page.Width * page.Height;
        if (images.Count == 0 || pageArea <= 0)
        {
            return null;
        }

        var largest = images.MaxBy(i => Area(i.BoundingBox))!;
        var others = images.Where(i => !ReferenceEquals(i, largest)).Sum(i => Area(i.BoundingBox));
        if (Area(largest.BoundingBox) < MinimumCoverage * pageArea || others > MaximumOtherImages * pageArea)
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

        var bounds = largest.BoundingBox;
        var box = new PageBox(bounds.Left, page.Height - bounds.Top, bounds.Right, page.Height - bounds.Bottom);
        var dpi = (int)Math.Round(width / (bounds.Width / 72.0));
        return Decode(largest, width, height) is { } pix ? new PlacedImage(pix, box, dpi) : null;
    }

    private static PixHandle? Decode(IPdfImage image, int width, int height)
    {
        var raw = image.RawMemory.Span;
        if (IsJpeg(raw) || IsJpeg2000(raw))
        {
            if (IsInverted(image))
            {
                return null;
            }

            return ReadEncoded(raw);
        }

        try
        {
            if (image.BitsPerComponent == 8
                && !image.IsImageMask
                && image.ColorSpaceDetails?.NumberOfColorComponents == 1
                && image.ColorSpaceDetails.Type is UglyToad.PdfPig.Graphics.Colors.ColorSpace.DeviceGray or UglyToad.PdfPig.Graphics.Colors.ColorSpace.CalGray
                && !IsInverted(image)
                && image.TryGetBytesAsMemory(out var samples)
                && samples.Length >= (long)width * height)
            {
                return GreyPix.ToPix(samples.Span, width, height);
            }

            return image.TryGetPng(out var png) ? ReadEncoded(png) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // PdfPig could not decode this image (an unsupported filter, damaged data): rasterise instead.
            return null;
        }
    }

    private static unsafe PixHandle? ReadEncoded(ReadOnlySpan<byte> encoded)
    {
        fixed (byte* data = encoded)
        {
            return PixHandle.FromNative(IsJpeg(encoded) ? EncodedImage.ReadJpegAsGrey(data, encoded.Length) : Leptonica.ReadMem(data, (nuint)encoded.Length));
        }
    }

    private static bool IsInverted(IPdfImage image) =>
        image.Decode is { Count: >= 2 } decode && decode[0] > decode[1];

    private static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    private static bool IsJpeg2000(ReadOnlySpan<byte> data) =>
        (data.Length > 12 && data[4] == (byte)'j' && data[5] == (byte)'P' && data[6] == (byte)' ' && data[7] == (byte)' ')
        || (data.Length > 4 && data[0] == 0xFF && data[1] == 0x4F && data[2] == 0xFF && data[3] == 0x51);

    private static double Area(PdfRectangle r) => Math.Max(0, r.Width) * Math.Max(0, r.Height);
}

/// <summary>A decoded page image, the box it fills on the PDF page (points, top-left origin) and its resolution.</summary>
internal sealed record PlacedImage(PixHandle Pix, PageBox Box, int Dpi) : IDisposable
{
    /// <summary>The placed image owns its decoded pixels.</summary>
    public void Dispose() => Pix.Dispose();
}
