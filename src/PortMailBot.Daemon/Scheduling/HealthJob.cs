using PortMailBot.Daemon.Health;
using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>The health check on <c>Health:CheckInterval</c>.</summary>
[DisallowConcurrentExecution]
public sealed class HealthJob(HealthMonitor monitor) : IJob
{
    public static readonly JobKey Key = new("health", "portmailbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await monitor.CheckAsync(cancellationToken);
}
