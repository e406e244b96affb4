namespace PortMailBot.Intake.Documents;

/// <summary>Used where no OCR engine is installed: every scanned page is refused, so the verdict
/// says the attachment could not be read rather than guessing.</summary>
public sealed class UnavailableOcrEngine : IOcrEngine
{
    public bool IsAvailable => false;

    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken) =>
        throw new DocumentUnreadableException("scanned document, and no OCR engine is installed");

    public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
        throw new DocumentUnreadableException("scanned page, and no OCR engine is installed");
}
