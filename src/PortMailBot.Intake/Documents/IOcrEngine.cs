namespace PortMailBot.Intake.Documents;

/// <summary>The seam through which scanned pages are read. Implementations must be safe to call
/// from several threads and must throw <see cref="DocumentUnreadableException"/> for input they
/// refuse (too many pixels, corrupt image), never anything else for bad input.</summary>
public interface IOcrEngine
{
    /// <summary>False when no engine is installed: scanned pages then yield no text.</summary>
    bool IsAvailable { get; }

    /// <summary>Reads every page of an encoded image (PNG, JPEG, TIFF with all its pages).</summary>
    IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken);

    /// <summary>Reads a PDF page that has no usable text layer.</summary>
    DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken);

    /// <summary>The same, expecting the text in <paramref name="language"/> ("en", "fr"; null: unknown), so
    /// an engine may read with that language's model alone, which is faster than all of them.</summary>
    IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, string? language, CancellationToken cancellationToken) =>
        RecognizeImage(encodedImage, cancellationToken);

    /// <summary>The same, expecting the text in <paramref name="language"/> ("en", "fr"; null: unknown).</summary>
    DocumentPage RecognizePdfPage(ScannedPdfPage page, string? language, CancellationToken cancellationToken) =>
        RecognizePdfPage(page, cancellationToken);
}
