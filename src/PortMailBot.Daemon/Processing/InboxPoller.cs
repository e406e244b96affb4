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

    private async Task<MessageOutcome> ProcessClaimedAsync(string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        try
        {
            await using (claims.KeepMessage(mailbox, item.Key))
            {
                return await poison.ProcessAsync(mailbox, item, () => processor.ProcessAsync(mailbox, item, cancellationToken), cancellationToken);
            }
        }
        finally
        {
            await claims.ReleaseMessageAsync(mailbox, item.Key, CancellationToken.None);
        }
    }

    public async Task<PollSummary> PollAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await store.MigrateAsync(cancellationToken);
            await using var inbox = inboxFactory();
            var mailbox = await inbox.OpenAsync(cancellationToken);

            var pending = await store.PendingMovesAsync(mailbox, cancellationToken);
            if (pending.Count > 0)
            {
                logger.LogInformation("Finishing {Count} messages processed before the last stop", pending.Count);
                await inbox.FinishAsync(pending, cancellationToken);
                await store.MarkMovedAsync(mailbox, pending, cancellationToken);
            }

            var summary = new PollSummary();
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
                    var ledgered = await store.IsLedgeredAsync(mailbox, item.Key, cancellationToken);
                    if (!ledgered && !await claims.TryClaimMessageAsync(mailbox, item.Key, item.Uid, cancellationToken))
                    {
                        // Another instance is on it; it moves the message when done, or its claim expires.
                        summary.ClaimedElsewhere++;
                        continue;
                    }

                    var outcome = ledgered ? MessageOutcome.Duplicate : await ProcessClaimedAsync(mailbox, item, cancellationToken);
                    summary.Count(outcome);
                    madeProgress |= outcome != MessageOutcome.Duplicate;
                    await inbox.FinishAsync([item.Key], cancellationToken);
                    await store.MarkMovedAsync(mailbox, [item.Key], cancellationToken);
                    lastUid = Math.Max(lastUid, item.Uid);
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
}
