using System.Globalization;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Dispatch;

/// <summary>Sends the outbox. Each reply's Message-ID was fixed when it was stored, so a reply sent again
/// after a crash between sending and marking it sent is recognisably the same message. While the
/// server is down, entries wait with a doubling delay; a reply the server refuses for good (5xx) is set
/// aside as undeliverable, and the operators are told.</summary>
public sealed class OutboxDispatcher(
    DaemonStore store,
    IMailSender sender,
    WorkClaims claims,
    IOptions<PollOptions> pollOptions,
    IOptions<SmtpOptions> smtpOptions,
    IOptions<MailOptions> mailOptions,
    IOptions<OperatorsOptions> operatorsOptions,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IDisposable
{
    private const int BatchSize = 100;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Called by the container when the host stops, after every run has ended.</summary>
    public void Dispose() => _oneAtATime.Dispose();
    private readonly PollOptions _poll = pollOptions.Value;

    /// <summary>Sends what is due (everything unsent when <paramref name="ignoreBackoff"/>).</summary>
    /// <returns>How many replies are still unsent afterwards.</returns>
    public async Task<int> DispatchAsync(bool ignoreBackoff, CancellationToken cancellationToken) =>
        (await DispatchReportAsync(ignoreBackoff, cancellationToken)).Unsent;

    /// <summary>Sends what is due; says how many still wait and how many were set aside as undeliverable.</summary>
    public async Task<DispatchReport> DispatchReportAsync(bool ignoreBackoff, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var setAside = 0;
            while (true)
            {
                var due = await store.DueOutboxAsync(time.GetUtcNow(), ignoreBackoff, BatchSize, claims.Owner, cancellationToken);
                if (due.Count == 0)
                {
                    break;
                }

                var (handled, undeliverable) = await SendBatchAsync(due, cancellationToken);
                setAside += undeliverable;
                if (handled < due.Count)
                {
                    break;
                }
            }

            var unsent = await store.UnsentCountAsync(cancellationToken);
            var oldest = await store.OldestUnsentAsync(cancellationToken);
            DaemonTelemetry.OutboxUnsent.Record(unsent);
            DaemonTelemetry.OutboxAge.Record(oldest is { } since ? Math.Max(0, (time.GetUtcNow() - since).TotalSeconds) : 0);
            return new DispatchReport(unsent, setAside);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>A small pool of senders: <c>Smtp:Senders</c> connections that send the batch side by side (the
    /// server's per-message work, its queue file written and synced, overlaps), taking replies from one
    /// <see cref="SendQueue"/>, each connection reused for every reply it takes.</summary>
    /// <returns>How many entries are done with (sent, set aside, or another instance's), and how many were set aside.</returns>
    private async Task<(int Handled, int SetAside)> SendBatchAsync(List<OutboxEntry> due, CancellationToken cancellationToken)
    {
        var smtp = smtpOptions.Value;
        var senders = smtp.Configured ? Math.Clamp(smtp.Senders, 1, Math.Max(1, due.Count)) : 1;
        ISendSession first;
        try
        {
            first = await sender.ConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Cannot reach the mail server; {Count} replies wait: {Error}", due.Count, ex.Message);
            foreach (var entry in due)
            {
                await store.MarkFailedAsync(entry.Id, ex.Message, NextAttempt(entry.Attempts), cancellationToken);
            }

            return (0, 0);
        }

        var queue = new SendQueue(due);
        var results = await Task.WhenAll(Enumerable.Range(0, senders).Select(i => SendFromQueueAsync(i == 0 ? first : null, queue, cancellationToken)));
        return (results.Sum(r => r.Handled), results.Sum(r => r.SetAside));
    }

    /// <summary>One connection of the pool (<paramref name="session"/>, or a new one): sends what it takes from
    /// the queue until the queue is empty or the connection is lost; a reply that fails holds back its
    /// recipient's later ones until the next round.</summary>
    private async Task<(int Handled, int SetAside)> SendFromQueueAsync(ISendSession? session, SendQueue queue, CancellationToken cancellationToken)
    {
        if (session is null)
        {
            try
            {
                session = await sender.ConnectAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The first connection is up: the others share its work.
                logger.LogDebug("An extra SMTP connection could not be opened: {Error}", ex.Message);
                return (0, 0);
            }
        }

        var handled = 0;
        var setAside = 0;
        await using (session)
        {
            while (await queue.TakeAsync(cancellationToken) is { } entry)
            {
                var (done, refused, connectionLost) = await SendOneAsync(session, entry, cancellationToken);
                queue.Done(entry, stopRecipient: !done);
                handled += done ? 1 : 0;
                setAside += refused ? 1 : 0;
                if (connectionLost)
                {
                    break;
                }
            }
        }

        return (handled, setAside);
    }

    /// <summary>Claims, sends and marks one reply.</summary>
    /// <returns>Whether it is done with (sent, set aside, or another instance's), whether it was set aside,
    /// and whether the connection is gone.</returns>
    private async Task<(bool Done, bool SetAside, bool ConnectionLost)> SendOneAsync(ISendSession session, OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (!await claims.TryClaimReplyAsync(entry.Id, cancellationToken))
        {
            // Sent meanwhile, or being sent, by another instance.
            return (true, false, false);
        }

        using var activity = DaemonTelemetry.Source.StartActivity("send");
        activity?.SetTag(DaemonTelemetry.RequestIdTag, entry.RequestId);
        activity?.SetTag("portmailbot.reply.message_id", entry.MessageId);
        try
        {
            using var stream = new MemoryStream(entry.Raw, writable: false);
            using var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            await session.SendAsync(message, cancellationToken);
            await store.MarkSentAsync(entry.Id, time.GetUtcNow(), cancellationToken);
            DaemonTelemetry.RepliesSent.Add(1);
            logger.LogInformation("Sent reply {MessageId} for request {RequestId}", entry.MessageId, entry.RequestId);
            return (true, false, false);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode is >= 500 and < 600)
        {
            await SetAsideAsync(session, entry, ex, cancellationToken);
            return (true, true, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Sending reply {MessageId} for request {RequestId} failed (attempt {Attempt}): {Error}", entry.MessageId, entry.RequestId, entry.Attempts + 1, ex.Message);
            await store.MarkFailedAsync(entry.Id, ex.Message, NextAttempt(entry.Attempts), cancellationToken);

            // A lost connection ends this connection's part; the others go on, and what is left waits for the next round.
            return (false, false, ex is IOException or System.Net.Sockets.SocketException or MailKit.ServiceNotConnectedException or MailKit.ProtocolException);
        }
    }

    /// <summary>A permanent refusal is an answer, not an outage: retrying would only repeat it.</summary>
    private async Task SetAsideAsync(ISendSession session, OutboxEntry entry, SmtpCommandException refusal, CancellationToken cancellationToken)
    {
        var answer = string.Create(CultureInfo.InvariantCulture, $"{(int)refusal.StatusCode} {refusal.Message}");
        await store.MarkUndeliverableAsync(entry.Id, answer, time.GetUtcNow(), cancellationToken);
        logger.LogError("Reply {MessageId} for request {RequestId} refused for good, set aside as undeliverable: {Answer}", entry.MessageId, entry.RequestId, answer);
        using var notice = UndeliverableNotice.For(entry, answer, mailOptions.Value, operatorsOptions.Value);
        if (notice is null)
        {
            return;
        }

        try
        {
            await session.SendAsync(notice, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reply stays set aside either way; the log line above is the record.
            logger.LogWarning("The operators could not be told about undeliverable reply {MessageId}: {Error}", entry.MessageId, ex.Message);
        }
    }

    private DateTimeOffset NextAttempt(int attemptsSoFar)
    {
        var factor = Math.Pow(2, Math.Min(attemptsSoFar, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(_poll.RetryDelay.Ticks * factor, _poll.MaxRetryDelay.Ticks));
        return time.GetUtcNow() + delay;
    }
}

/// <summary>The outcome of a dispatch: replies still waiting, and replies set aside as undeliverable now.</summary>
public sealed record DispatchReport(int Unsent, int SetAside);
