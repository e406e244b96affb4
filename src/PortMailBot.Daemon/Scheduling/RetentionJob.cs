using Microsoft.Extensions.Logging;
using Quartz;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>Once a day: personal data past its retention period is purged.</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(RetentionPurger purger, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("retention", "portmailbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var report = await purger.PurgeAsync(dryRun: false, cancellationToken);
            logger.LogInformation(
                "Retention purged {Messages} messages of {Requests} requests; {CopiesErased} mailbox copies erased, {CopiesNotFound} messages without a copy found; {Files} local reply files deleted",
                report.Messages.Count,
                report.Requests,
                report.Copies.Found.Count,
                report.Copies.NotFound.Count,
                report.Files.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The mail server or a folder failed: the rows were left whole, tomorrow's run takes them again.
            logger.LogError(ex, "Retention purge failed; the messages stay stored until the next run");
        }
    }
}
