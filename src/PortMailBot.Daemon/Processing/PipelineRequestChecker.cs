using MimeKit;
using PortMailBot.Intake;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>Runs the intake pipeline; a follow-up is checked with the whole thread merged into one request.</summary>
public sealed class PipelineRequestChecker(IntakePipeline pipeline, MailReader mailReader, TimeProvider time) : IRequestChecker
{
    public DateOnly Today() => pipeline.Today(time);

    public IntakeResult Check(MimeMessage message, string file, DateOnly asOf, CancellationToken cancellationToken) =>
        pipeline.Check(message, file, asOf, cancellationToken);

    public IntakeResult CheckThread(IReadOnlyList<MimeMessage> thread, string file, DateOnly asOf, CancellationToken cancellationToken)
    {
        var received = thread.Select(m => mailReader.Read(m, cancellationToken)).ToList();
        return pipeline.Check(ThreadMerger.Merge(received), file, asOf, cancellationToken);
    }
}
