using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Processing;

/// <summary>Processes messages of a poll's batch in shared transactions: one commit (one <c>fsync</c>) for
/// several messages instead of one each. Each message runs under a savepoint of its own, so one that throws is
/// undone alone and ledgered as failed while the others go on. A transaction commits after
/// <see cref="PollOptions.CommitAfter"/>, so a crash redoes at most that much work: nothing of an uncommitted
/// message was ledgered, moved or sent (the move, the "moved" mark and the sending all follow the commit, and
/// the dispatcher sees only committed replies).</summary>
public sealed class BatchProcessor(
    DaemonStore store,
    MessageProcessor processor,
    PoisonMessageGuard poison,
    IOptions<PollOptions> options,
    TimeProvider time,
    ILogger<BatchProcessor> logger)
{
    private const string Savepoint = "message";

    /// <summary>A message larger than this carries documents, whose reading (OCR) may take a minute: it is processed
    /// in a transaction of its own, so no message gathered after it waits, claimed by this instance, while other
    /// instances are idle, and no transaction holds a write (SQLite's one lock) while a page is read.</summary>
    public const int AloneAboveBytes = 64 * 1024;

    /// <summary>How many messages the poller gathers (claimed, their attempts counted) for one transaction.</summary>
    public int MessagesPerCommit => options.Value.MessagesPerCommit ?? options.Value.BatchSize;

    /// <summary>Whether <paramref name="item"/> is processed in a transaction of its own (see <see cref="AloneAboveBytes"/>).</summary>
    public static bool ProcessesAlone(InboxItem item) => item.Raw.Length > AloneAboveBytes;

    /// <summary>Processes <paramref name="items"/> (claimed by this instance, their attempts started, not
    /// ledgered), in order, in as few transactions as <see cref="PollOptions.CommitAfter"/> allows, and ends
    /// their attempts once their transaction ended. Should a message fail in a way that may not be its own
    /// (a lost connection, a deadlock, a busy database, a failure to ledger it), the messages before it are
    /// committed and the exception goes on up: the poll fails as before, and the rest is tried next time.</summary>
    /// <returns>The outcome of each message, in order.</returns>
    public async Task<IReadOnlyList<MessageOutcome>> ProcessAsync(string mailbox, IReadOnlyList<InboxItem> items, CancellationToken cancellationToken)
    {
        var outcomes = new List<MessageOutcome>(items.Count);
        try
        {
            while (outcomes.Count < items.Count)
            {
                outcomes.AddRange(await CommitSomeAsync(mailbox, items.Skip(outcomes.Count).ToList(), cancellationToken));
            }

            return outcomes;
        }
        finally
        {
            foreach (var item in items)
            {
                await poison.EndAsync(mailbox, item);
            }
        }
    }

    /// <summary>One transaction: the messages from the first, until all are done or the time is up.</summary>
    private async Task<List<MessageOutcome>> CommitSomeAsync(string mailbox, List<InboxItem> items, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var done = new List<MessageOutcome>(items.Count);
        ExceptionDispatchInfo? stop = null;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            foreach (var item in items)
            {
                try
                {
                    done.Add(await ProcessOneAsync(transaction, mailbox, item, cancellationToken));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError("Message {Source} could not be processed ({Error}); {Count} before it committed, the rest left to the next poll", item.Source, ex.Message, done.Count);
                    stop = ExceptionDispatchInfo.Capture(ex);
                    break;
                }

                if (time.GetElapsedTime(started) >= options.Value.CommitAfter)
                {
                    break;
                }
            }

            if (done.Count > 0)
            {
                await transaction.CommitAsync(cancellationToken);
                logger.LogDebug("{Count} messages committed in one transaction", done.Count);
            }
        }

        stop?.Throw();
        return done;
    }

    /// <summary>One message under its savepoint. Its own failure (anything but a transient database error)
    /// is undone alone and the message ledgered as failed; any other is undone alone and thrown.</summary>
    private async Task<MessageOutcome> ProcessOneAsync(StoreTransaction transaction, string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        using var activity = DaemonTelemetry.Source.StartActivity("process");
        activity?.SetTag("portmailbot.message.source", item.Source);
        MessageOutcome outcome;
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            outcome = await processor.ProcessAsync(transaction, mailbox, item, cancellationToken);
            await transaction.ReleaseAsync(Savepoint, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollBackToAsync(Savepoint, cancellationToken);
            if (ex is System.Data.Common.DbException { IsTransient: true } or TimeoutException)
            {
                throw;
            }

            logger.LogError(ex, "Processing {Source} failed; undone alone and ledgered as failed, for an operator", item.Source);
            outcome = await RecordFailedAsync(transaction, mailbox, item, cancellationToken);
        }

        activity?.SetTag("portmailbot.message.outcome", outcome.ToString());
        DaemonTelemetry.Messages.Add(1, new KeyValuePair<string, object?>("outcome", outcome.ToString()));
        return outcome;
    }

    private async Task<MessageOutcome> RecordFailedAsync(StoreTransaction transaction, string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            var outcome = await processor.RecordFailedAsync(transaction, mailbox, item, cancellationToken);
            await transaction.ReleaseAsync(Savepoint, cancellationToken);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollBackToAsync(Savepoint, cancellationToken);
            throw;
        }
    }
}
