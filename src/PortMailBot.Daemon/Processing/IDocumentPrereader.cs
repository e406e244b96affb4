using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>A checker that can read a message's documents apart from its check (<see cref="DocumentReadAhead"/>):
/// what it returns, handed back as read before, makes the check read none of them again.</summary>
public interface IDocumentPrereader
{
    IReadOnlyList<ExtractedDocument> ReadDocuments(ReceivedMessage message, CancellationToken cancellationToken);
}
