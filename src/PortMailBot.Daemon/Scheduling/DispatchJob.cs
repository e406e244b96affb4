using PortMailBot.Daemon.Dispatch;
using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>Retries waiting replies between polls, so a reply goes out soon after SMTP comes back.</summary>
[DisallowConcurrentExecution]
public sealed class DispatchJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("dispatch", "portmailbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await dispatcher.DispatchAsync(ignoreBackoff: false, cancellationToken);
}
