namespace PortMailBot.Daemon.Tests.Support;

/// <summary>The real clock moved to another day (the timers act on business days only, and a test may run on a
/// weekend), still ticking so that Quartz, which schedules on the same clock, keeps firing. <see cref="Freeze"/>
/// stops every thread that asks it the time (the scheduler's loop, its check-ins, the jobs) until
/// <see cref="Thaw"/>: a process that stopped dead, as far as the others can tell.</summary>
internal sealed class ShiftedClock(DateTimeOffset now) : TimeProvider, IDisposable
{
    private readonly TimeSpan _shift = now - DateTimeOffset.UtcNow;
    private readonly ManualResetEventSlim _running = new(initialState: true);

    public override DateTimeOffset GetUtcNow()
    {
        _running.Wait();
        return System.GetUtcNow() + _shift;
    }

    public void Freeze() => _running.Reset();

    public void Thaw() => _running.Set();

    public void Dispose()
    {
        Thaw();
        _running.Dispose();
    }
}
