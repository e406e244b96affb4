using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>Push: keeps the persistent IMAP connection open, idles on it (NOOP every
/// <c>Imap:NoopInterval</c> where the server has no IDLE) and runs a round as soon as mail arrives, so a
/// customer waits seconds, not a poll interval. After any drop it reconnects with a doubling delay, and runs a
/// round at once on the new connection for what arrived meanwhile. The Quartz poll stays as the safety net.</summary>
public sealed class MailboxWatcher(
    ImapSession session,
    DaemonCycle cycle,
    IOptions<ImapOptions> imapOptions,
    TimeProvider time,
    ILogger<MailboxWatcher> logger) : BackgroundService
{
    private readonly ImapOptions _imap = imapOptions.Value;

    /// <summary>Rounds run because mail arrived or the connection was (re)made.</summary>
    public int Rounds { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_imap.Configured || !_imap.Push)
        {
            return;
        }

        session.MakePersistent();
        var delay = _imap.ReconnectDelay;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            bool arrived;
            try
            {
                arrived = await session.WatchAsync(_imap.IdleRefresh, stoppingToken);
                if (failing)
                {
                    logger.LogInformation("IMAP connection back");
                    failing = false;
                }

                delay = _imap.ReconnectDelay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("IMAP connection lost or refused; next try in {Delay}: {Error}", delay, ex.Message);
                failing = true;
                await Delay(delay, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _imap.MaxReconnectDelay.Ticks));
                continue;
            }

            if (arrived)
            {
                Rounds++;
                try
                {
                    await cycle.RunAsync(ignoreBackoff: false, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The round failed after polling (the store, the dispatch): the schedule tries again.
                    logger.LogError(ex, "A round after new mail failed");
                }
            }
            else if (!session.CanIdle)
            {
                await Delay(_imap.NoopInterval, stoppingToken);
            }
        }
    }

    private async Task Delay(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends.
        }
    }
}
