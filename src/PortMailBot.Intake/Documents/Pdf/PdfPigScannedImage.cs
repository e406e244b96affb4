using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>A PdfPig image behind the OCR seam: JPEG and JPEG 2000 bytes go as they are embedded,
/// 8-bit grey samples as decoded, anything else through PdfPig's PNG.</summary>
internal sealed class PdfPigScannedImage(IPdfImage image, double pageHeight) : ScannedPdfImage
{
    public override PageBox Box { get; } =
        new(image.BoundingBox.Left, pageHeight - image.BoundingBox.Top, image.BoundingBox.Right, pageHeight - image.BoundingBox.Bottom);

    public override double DrawnWidth => image.BoundingBox.Width;

    public override double DrawnHeight => image.BoundingBox.Height;

    public override int WidthInSamples => image.WidthInSamples;

    public override int HeightInSamples => image.HeightInSamples;

    public override ScannedImageData? Read()
    {
        var raw = image.RawMemory;
        if (IsJpeg(raw.Span) || IsJpeg2000(raw.Span))
        {
            // An inverted JPEG would be read as its negative: rendering the page gets it right.
            return IsInverted ? null : new ScannedImageData(IsJpeg(raw.Span) ? ScannedImageFormat.Jpeg : ScannedImageFormat.Encoded, raw);
        }

        try
        {
            if (image.BitsPerComponent == 8
                && !image.IsImageMask
                && image.ColorSpaceDetails?.NumberOfColorComponents == 1
                && image.ColorSpaceDetails.Type is ColorSpace.DeviceGray or ColorSpace.CalGray
                && !IsInverted
                && image.TryGetBytesAsMemory(out var samples)
                && samples.Length >= (long)WidthInSamples * HeightInSamples)
            {
                return new ScannedImageData(ScannedImageFormat.GreySamples, samples);
            }

            return image.TryGetPng(out var png) ? new ScannedImageData(ScannedImageFormat.Encoded, png) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // PdfPig could not decode this image (an unsupported filter, damaged data): render instead.
            return null;
        }
    }

    private bool IsInverted => image.Decode is { Count: >= 2 } decode && decode[0] > decode[1];

    private static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    private static bool IsJpeg2000(ReadOnlySpan<byte> data) =>
        (data.Length > 12 && data[4] == (byte)'j' && data[5] == (byte)'P' && data[6] == (byte)' ' && data[7] == (byte)' ')
        || (data.Length > 4 && data[0] == 0xFF && data[1] == 0x4F && data[2] == 0xFF && data[3] == 0x51);
}
