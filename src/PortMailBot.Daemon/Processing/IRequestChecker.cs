using MimeKit;
using PortMailBot.Intake;

namespace PortMailBot.Daemon.Processing;

/// <summary>The intake engine as the daemon uses it; the default runs <see cref="IntakePipeline"/>, the same
/// code path as <c>check</c>.</summary>
public interface IRequestChecker
{
    DateOnly Today();

    IntakeResult Check(MimeMessage message, string file, DateOnly asOf, CancellationToken cancellationToken);

    /// <summary>Checks a request made of several messages (oldest first): texts and attachments merged.</summary>
    IntakeResult CheckThread(IReadOnlyList<MimeMessage> thread, string file, DateOnly asOf, CancellationToken cancellationToken);
}
