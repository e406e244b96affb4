using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Processing;

/// <summary>One poll: finish moves left over from a stop, then fetch and process every new message in
/// batches, moving each out of the inbox only after its transaction committed.</summary>
public sealed class InboxPoller(
    Func<IInbox> inboxFactory,
    DaemonStore store,
    MessageProcessor processor,
    PoisonMessageGuard poison,
    WorkClaims claims,
    IOptions<PollOptions> pollOptions,
    ILogger<InboxPoller> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Called by the container when the host stops, after every run has ended.</summary>
    public void Dispose() => _oneAtATime.Dispose();

    public async Task<PollSummary> PollAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await store.MigrateAsync(cancellationToken);
            await using var inbox = inboxFactory();
            var mailbox = await inbox.OpenAsync(cancellationToken);
            var summary = new PollSummary();

            var pending = await store.PendingMovesAsync(mailbox, cancellationToken);
            if (pending.Count > 0)
            {
                logger.LogInformation("Finishing {Count} messages processed before the last stop", pending.Count);
                foreach (var key in pending)
                {
                    await WorkOnAsync(inbox, mailbox, new InboxItem(key, 0, [], key), leftover: true, summary, cancellationToken);
                }
            }

            var batchSize = pollOptions.Value.BatchSize;
            var lastUid = await store.LastUidAsync(mailbox, cancellationToken);
            while (true)
            {
                var items = await inbox.FetchAsync(lastUid, batchSize, cancellationToken);
                if (items.Count == 0)
                {
                    break;
                }

                var before = lastUid;
                var madeProgress = false;
                foreach (var item in items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var outcome = await WorkOnAsync(inbox, mailbox, item, leftover: false, summary, cancellationToken);
                    madeProgress |= outcome is not null and not MessageOutcome.Duplicate;
                }

                lastUid = Math.Max(lastUid, items[^1].Uid);
                if (items.Count < batchSize || (!madeProgress && lastUid == before))
                {
                    break;
                }
            }

            if (summary.Total > 0)
            {
                logger.LogInformation(
                    "Poll done: {Answered} answered, {Operator} from operators, {Kept} kept, {Ignored} ignored, {Duplicates} already done, {RateLimited} rate-limited, {Quarantined} quarantined, {NeedingAttention} need attention",
                    summary.Answered, summary.Operator, summary.Kept, summary.Ignored, summary.Duplicates, summary.RateLimited, summary[MessageOutcome.Quarantined], summary.NeedingAttention);
            }

            return summary;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Processes the message unless done, then moves it out of the inbox, holding its claim all along:
    /// of several instances, one only works on a message, and one only moves it (two sessions moving one
    /// message at once can both copy it). A <paramref name="leftover"/> is a message ledgered before and not
    /// yet moved, known by its key only: it is moved, not processed. Null when the message was left alone (claimed elsewhere, or
    /// a leftover moved meanwhile by another instance).</summary>
    private async Task<MessageOutcome?> WorkOnAsync(IInbox inbox, string mailbox, InboxItem item, bool leftover, PollSummary summary, CancellationToken cancellationToken)
    {
        if (!await claims.TryClaimMessageAsync(mailbox, item.Key, item.Uid, cancellationToken))
        {
            summary.ClaimedElsewhere++;
            return null;
        }

        try
        {
            await using (claims.KeepMessage(mailbox, item.Key))
            {
                var moved = await store.LedgerMovedAsync(mailbox, item.Key, cancellationToken);
                if (moved == true && leftover)
                {
                    // Moved meanwhile by the instance that held it.
                    return null;
                }

                MessageOutcome? outcome = null;
                if (moved is null)
                {
                    outcome = await poison.ProcessAsync(mailbox, item, () => processor.ProcessAsync(mailbox, item, cancellationToken), cancellationToken);
                }
                else if (!leftover)
                {
                    // Ledgered and fetched again: done before (a local folder moves only what it fetched; over
                    // IMAP, another instance's message in a list fetched before it moved it, gone by now).
                    outcome = MessageOutcome.Duplicate;
                }

                if (outcome is { } counted)
                {
                    summary.Count(counted);
                }

                await inbox.FinishAsync([item.Key], cancellationToken);
                await store.MarkMovedAsync(mailbox, [item.Key], cancellationToken);
                return outcome;
            }
        }
        finally
        {
            await claims.ReleaseMessageAsync(mailbox, item.Key, CancellationToken.None);
        }
    }
}
