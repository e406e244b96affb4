using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>The intake engine as the daemon uses it; the default runs <see cref="IntakePipeline.CheckThread"/>,
/// the same code path as <c>check --thread</c>.</summary>
public interface IRequestChecker
{
    DateOnly Today();

    /// <summary>Checks a request made of one or more messages (oldest first): texts and attachments merged;
    /// a file whose bytes are among <paramref name="readBefore"/> is taken from there, not read again.</summary>
    IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken);
}
