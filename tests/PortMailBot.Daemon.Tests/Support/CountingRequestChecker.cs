using PortMailBot.Daemon.Processing;
using PortMailBot.Intake;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>The tests' checker, counting how many messages reach the engine (documents read, OCR).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Created by the service container (AbuseTests).")]
internal sealed class CountingRequestChecker(IntakePipeline pipeline, TimeProvider time) : IRequestChecker
{
    private readonly TestRequestChecker _inner = new(pipeline, time);
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public DateOnly Today() => _inner.Today();

    public IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<PortMailBot.Intake.Documents.ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return _inner.Check(thread, readBefore, file, asOf, cancellationToken);
    }
}
