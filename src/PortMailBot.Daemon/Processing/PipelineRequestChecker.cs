using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>Runs the intake pipeline; a follow-up is checked with the whole thread merged into one request.</summary>
public sealed class PipelineRequestChecker(IntakePipeline pipeline, TimeProvider time) : IRequestChecker, IDocumentPrereader
{
    public DateOnly Today() => pipeline.Today(time);

    public IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken) =>
        pipeline.CheckThread(thread, readBefore, file, asOf, cancellationToken);

    public IReadOnlyList<ExtractedDocument> ReadDocuments(ReceivedMessage message, CancellationToken cancellationToken) =>
        pipeline.ReadDocuments(message, cancellationToken);
}
