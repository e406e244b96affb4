using UglyToad.PdfPig.Content;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>A PdfPig page behind the OCR seam. Its images are listed once, when first asked for.</summary>
internal sealed class PdfPigScannedPage(Page page, ReadOnlyMemory<byte> pdf) : ScannedPdfPage
{
    private IReadOnlyList<ScannedPdfImage>? _images;

    public override int Number => page.Number;

    public override double Width => page.Width;

    public override double Height => page.Height;

    public override ReadOnlyMemory<byte> Pdf => pdf;

    public override IReadOnlyList<ScannedPdfImage> Images => _images ??= ListImages();

    private List<ScannedPdfImage> ListImages()
    {
        try
        {
            return page.GetImages().Select(image => (ScannedPdfImage)new PdfPigScannedImage(image, page.Height)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A damaged page's resources: no usable image, so the page is rendered whole.
            return [];
        }
    }
}
