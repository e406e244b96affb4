using Quartz;
using Quartz.Extensibility;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>A job listener that sees the desk's jobs start: it records whether each run is a recovery and, when
/// <see cref="HoldFirst"/> is set, holds the first run before the job begins (no transaction open yet) until
/// <see cref="Release"/>: the run of an instance that will stop dead.</summary>
internal sealed class JobGate : IJobListener
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;
    private int _recoveries;

    public string Name { get; } = "gate-" + Guid.NewGuid().ToString("N");

    public bool HoldFirst { get; init; }

    /// <summary>Completes when the first run started (and, with <see cref="HoldFirst"/>, is being held).</summary>
    public Task Entered => _entered.Task;

    public int Runs => Volatile.Read(ref _runs);

    public int Recoveries => Volatile.Read(ref _recoveries);

    public void Release() => _released.TrySetResult();

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var first = Interlocked.Increment(ref _runs) == 1;
        if (context.Recovering)
        {
            Interlocked.Increment(ref _recoveries);
        }

        if (first)
        {
            _entered.TrySetResult();
            if (HoldFirst)
            {
                await _released.Task;
            }
        }
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
