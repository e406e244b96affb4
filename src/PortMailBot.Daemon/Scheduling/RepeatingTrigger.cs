using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>How the daemon's interval jobs are triggered: by the host's clock (a test's fake clock included),
/// not Quartz's own, so every start time is the same kind of time.</summary>
internal static class RepeatingTrigger
{
    /// <summary>Fires every <paramref name="interval"/> for ever, the first time <paramref name="firstAfter"/> from now.</summary>
    public static ITriggerConfigurator<TJob> RepeatEvery<TJob>(this ITriggerConfigurator<TJob> trigger, IServiceProvider services, TimeSpan interval, TimeSpan firstAfter)
        where TJob : IJob =>
        trigger.StartAt(services.GetRequiredService<TimeProvider>().GetUtcNow() + firstAfter)
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever());
}
