using PortMailBot.Intake;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>Runs the intake pipeline; a follow-up is checked with the whole thread merged into one request.</summary>
public sealed class PipelineRequestChecker(IntakePipeline pipeline, TimeProvider time) : IRequestChecker
{
    public DateOnly Today() => pipeline.Today(time);

    public IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, string file, DateOnly asOf, CancellationToken cancellationToken) =>
        pipeline.CheckThread(thread, file, asOf, cancellationToken);
}
