using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Dispatch;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>One round of the daemon: poll the inbox, then send the replies that are due.</summary>
public sealed class DaemonCycle(
    InboxPoller poller,
    OutboxDispatcher dispatcher,
    HealthSignal health,
    IOptions<MailOptions> mailOptions,
    ExampleSeeder seeder,
    ILogger<DaemonCycle> logger)
{
    /// <returns>The result of the round: what was processed and how many replies still wait.</returns>
    public async Task<CycleResult> RunAsync(bool ignoreBackoff, CancellationToken cancellationToken)
    {
        _ = mailOptions;
        seeder.SeedOnce();
        using var round = DaemonTelemetry.Source.StartActivity("round");
        PollSummary summary;
        try
        {
            summary = await poller.PollAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Polling the inbox failed: {Error}", ex.Message);
            health.Failed(ex.Message);
            DaemonTelemetry.Polls.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            round?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "poll failed");
            var waiting = await dispatcher.DispatchReportAsync(ignoreBackoff, cancellationToken);
            return new CycleResult(false, new PollSummary(), waiting.Unsent) { Undeliverable = waiting.SetAside };
        }

        DaemonTelemetry.Polls.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
        var dispatched = await dispatcher.DispatchReportAsync(ignoreBackoff, cancellationToken);
        health.Succeeded(dispatched.Unsent);
        return new CycleResult(true, summary, dispatched.Unsent) { Undeliverable = dispatched.SetAside };
    }
}

/// <summary>The outcome of one round.</summary>
public sealed record CycleResult(bool Polled, PollSummary Summary, int Unsent)
{
    /// <summary>Replies the server refused for good in this round (5xx), set aside.</summary>
    public int Undeliverable { get; init; }

    /// <summary>Nothing was lost, but an operator should look: the inbox could not be read, a reply
    /// could not be sent yet or was refused for good, or a message could not be checked.</summary>
    public bool NeedsAttention => !Polled || Unsent > 0 || Undeliverable > 0 || Summary.NeedingAttention > 0;
}
