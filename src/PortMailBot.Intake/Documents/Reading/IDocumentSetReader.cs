using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Documents.Reading;

/// <summary>The seam where a message's attachments are read: in this process
/// (<see cref="InProcessDocumentSetReader"/>), or in a contained worker process that can be killed at a
/// deadline or a memory ceiling (the executable's <c>Containment</c> folder).</summary>
public interface IDocumentSetReader
{
    /// <summary>One document per attachment, in their order. Never throws for bad input: a document that
    /// could not be read comes back with <see cref="ExtractedDocument.Unreadable"/> set.</summary>
    IReadOnlyList<ExtractedDocument> ReadAll(IReadOnlyList<AttachmentFile> attachments, string language, CancellationToken cancellationToken);
}
