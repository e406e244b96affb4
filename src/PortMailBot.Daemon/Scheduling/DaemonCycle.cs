using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Dispatch;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>One round of the daemon: poll the inbox, then send the replies that are due (and, during a long
/// poll, those its committed batches queued).</summary>
public sealed class DaemonCycle(
    InboxPoller poller,
    OutboxDispatcher dispatcher,
    HealthSignal health,
    IOptions<MailOptions> mailOptions,
    ExampleSeeder seeder,
    ILogger<DaemonCycle> logger)
{
    /// <summary>How often a long poll's new replies are looked for while it goes on.</summary>
    private static readonly TimeSpan EarlyDispatchPause = TimeSpan.FromMilliseconds(250);

    /// <returns>The result of the round: what was processed and how many replies still wait.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2025:Ensure tasks using 'IDisposable' instances complete before the instances are disposed", Justification = "The sending during the poll is awaited in the finally, before the round's activity is disposed.")]
    public async Task<CycleResult> RunAsync(bool ignoreBackoff, CancellationToken cancellationToken)
    {
        _ = mailOptions;
        seeder.SeedOnce();
        using var round = DaemonTelemetry.Source.StartActivity("round");
        PollSummary summary;
        Exception? failure = null;
        var setAsideEarly = 0;
        var poll = poller.PollAsync(cancellationToken);
        var early = SendWhilePollingAsync(poll, cancellationToken);
        try
        {
            summary = await poll;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            (summary, failure) = (new PollSummary(), ex);
        }
        finally
        {
            setAsideEarly = await early;
        }

        if (failure is not null)
        {
            logger.LogError("Polling the inbox failed: {Error}", failure.Message);
            health.Failed(failure.Message);
            DaemonTelemetry.Polls.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
            round?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "poll failed");
            var waiting = await dispatcher.DispatchReportAsync(ignoreBackoff, cancellationToken);
            return new CycleResult(false, summary, waiting.Unsent) { Undeliverable = setAsideEarly + waiting.SetAside };
        }

        DaemonTelemetry.Polls.Add(1, new KeyValuePair<string, object?>("outcome", "ok"));
        var dispatched = await dispatcher.DispatchReportAsync(ignoreBackoff, cancellationToken);
        health.Succeeded(dispatched.Unsent);
        return new CycleResult(true, summary, dispatched.Unsent) { Undeliverable = setAsideEarly + dispatched.SetAside };
    }

    /// <summary>While a long poll goes on (a full inbox after a pause), sends what its committed batches
    /// queued instead of after the last one: the SMTP server's work overlaps the checking and storing. Each
    /// reply was committed before it is due, so this sends nothing a poll could still take back. The
    /// backoff is kept here (a server that is down is not tried every moment); the round's own dispatch
    /// after the poll follows the caller's choice. A failure here is left to that dispatch.</summary>
    /// <returns>How many replies were set aside as undeliverable meanwhile, for the round's report.</returns>
    private async Task<int> SendWhilePollingAsync(Task poll, CancellationToken cancellationToken)
    {
        var setAside = 0;
        await Task.WhenAny(poll, Task.Delay(EarlyDispatchPause, cancellationToken));
        while (!poll.IsCompleted)
        {
            try
            {
                setAside += (await dispatcher.DispatchReportAsync(ignoreBackoff: false, cancellationToken)).SetAside;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return setAside;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("Sending replies during the poll failed; the round's dispatch tries again: {Error}", ex.Message);
            }

            await Task.WhenAny(poll, Task.Delay(EarlyDispatchPause, cancellationToken));
        }

        return setAside;
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
