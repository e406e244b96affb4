using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Ocr;

namespace PortMailBot.Intake.Documents;

/// <summary>Reads one attachment (PDF, image, spreadsheet), classifies it by content and extracts its fields.</summary>
public sealed class DocumentReader(IOcrEngine ocr)
{
    public IOcrEngine Ocr { get; } = ocr;

    /// <summary>Never throws for bad input: an unreadable file comes back with <see cref="ExtractedDocument.Unreadable"/> set.</summary>
    public ExtractedDocument Read(AttachmentFile file, CancellationToken cancellationToken) =>
        throw new NotImplementedException("TODO(docs): DocumentReader");
}
