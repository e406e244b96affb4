using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>Once a day: personal data past its retention period is purged.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionPurger purger) : IJob
{
    public static readonly JobKey Key = new("retention", "portmailbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await purger.PurgeAsync(dryRun: false, cancellationToken);
}
