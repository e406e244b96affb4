using System.Diagnostics;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>When the daemon's last "poll" activity stopped: inside a round (DaemonCycle), where replies are
/// sent while the poll goes on, the poll's own end is seen only through its trace.</summary>
internal sealed class PollClock : IDisposable
{
    private readonly ActivityListener _listener;
    private long _lastPollStopped;

    public PollClock()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == DaemonTelemetry.Source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.OperationName == "poll")
                {
                    Interlocked.Exchange(ref _lastPollStopped, Stopwatch.GetTimestamp());
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The time from <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>) to the last poll's end.</summary>
    public TimeSpan PollEndedSince(long start) => Stopwatch.GetElapsedTime(start, Interlocked.Read(ref _lastPollStopped));

    public void Dispose() => _listener.Dispose();
}
