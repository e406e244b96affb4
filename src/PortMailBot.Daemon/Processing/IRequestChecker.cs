using PortMailBot.Intake;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>The intake engine as the daemon uses it; the default runs <see cref="IntakePipeline.CheckThread"/>,
/// the same code path as <c>check --thread</c>.</summary>
public interface IRequestChecker
{
    DateOnly Today();

    /// <summary>Checks a request made of one or more messages (oldest first): texts and attachments merged.</summary>
    IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, string file, DateOnly asOf, CancellationToken cancellationToken);
}
