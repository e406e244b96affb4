using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>The scheduled poll. Never two at once: one IMAP connection, owned by the running poll.</summary>
[DisallowConcurrentExecution]
public sealed class PollJob(DaemonCycle cycle) : IJob
{
    public static readonly JobKey Key = new("poll", "portmailbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await cycle.RunAsync(ignoreBackoff: false, cancellationToken);
}
