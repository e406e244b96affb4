using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Processing;

/// <summary>One poll: finish moves left over from a stop, then fetch and process every new message in
/// batches, moving a batch out of the inbox in one MOVE only after its messages' transactions committed.</summary>
public sealed class InboxPoller(
    Func<IInbox> inboxFactory,
    DaemonStore store,
    BatchProcessor batch,
    PoisonMessageGuard poison,
    WorkClaims claims,
    DocumentReadAhead readAhead,
    IOptions<PollOptions> pollOptions,
    ILogger<InboxPoller> logger) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Called by the container when the host stops, after every run has ended.</summary>
    public void Dispose() => _oneAtATime.Dispose();

    public async Task<PollSummary> PollAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        using var activity = DaemonTelemetry.Source.StartActivity("poll");
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
                await WorkOnBatchAsync(inbox, mailbox, pending.Select(key => new InboxItem(key, 0, [], key)).ToList(), leftover: true, summary, cancellationToken);
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
                var madeProgress = await WorkOnBatchAsync(inbox, mailbox, items, leftover: false, summary, cancellationToken);

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

    /// <summary>Works on a batch under this instance's claims, then moves what it holds in one MOVE (one
    /// statement in the ledger), then lets the claims go: of several instances, one only works on a message,
    /// and one only moves it (two sessions moving one message at once can both copy it). A message another
    /// instance holds is left to it. Messages are claimed and their attempts counted before the transaction
    /// they are processed in opens (SQLite has one writer), up to <see cref="BatchProcessor.MessagesPerCommit"/>
    /// at a time; one that stopped the daemon before, or one that carries documents, is processed alone. A <paramref name="leftover"/> is a
    /// message ledgered before and not yet moved, known by its key only: it is moved, not processed. Should the
    /// work stop half-way, what was ledgered is moved by the next poll as a leftover.</summary>
    /// <returns>Whether a message was processed (not merely found done before).</returns>
    private async Task<bool> WorkOnBatchAsync(IInbox inbox, string mailbox, IReadOnlyList<InboxItem> items, bool leftover, PollSummary summary, CancellationToken cancellationToken)
    {
        var held = new List<(string Key, IAsyncDisposable Renewal)>(items.Count);
        var toMove = new List<string>(items.Count);
        var gathered = new List<InboxItem>();
        var startedAhead = new Dictionary<string, int?>(StringComparer.Ordinal);
        var madeProgress = false;

        // While a message with documents is processed alone, the next one with documents (claimed and its attempt
        // counted now, so a death while both are read counts for both, as in a batch) has its documents read.
        // Not after a death: a message processed alone to find out whether it kills the process is read alone.
        async Task ReadNextAheadAsync(int index, int deaths)
        {
            if (leftover || deaths > 0 || !readAhead.Enabled || !pollOptions.Value.ReadAhead || index + 1 >= items.Count || !BatchProcessor.ProcessesAlone(items[index + 1]))
            {
                return;
            }

            var next = items[index + 1];
            var nextDeaths = await StartAsync(next);
            startedAhead[next.Key] = nextDeaths;
            if (nextDeaths == 0)
            {
                readAhead.Start(mailbox, next, cancellationToken);
            }
        }

        async Task ProcessGatheredAsync()
        {
            if (gathered.Count == 0)
            {
                return;
            }

            var chunk = gathered.ToList();
            gathered.Clear();
            var outcomes = await batch.ProcessAsync(mailbox, chunk, cancellationToken);
            for (var i = 0; i < chunk.Count; i++)
            {
                Done(chunk[i], outcomes[i]);
            }
        }

        void Done(InboxItem item, MessageOutcome? outcome)
        {
            if (outcome is { } counted)
            {
                summary.Count(counted);
                madeProgress |= counted != MessageOutcome.Duplicate;
            }

            toMove.Add(item.Key);
        }

        // Work started on a message: claimed, not done before, its attempt counted. Null when there is nothing
        // more to do with it here (claimed elsewhere, done before, quarantined).
        async Task<int?> StartAsync(InboxItem item)
        {
            if (!await claims.TryClaimMessageAsync(mailbox, item.Key, item.Uid, cancellationToken))
            {
                summary.ClaimedElsewhere++;
                return null;
            }

            held.Add((item.Key, claims.KeepMessage(mailbox, item.Key)));
            var moved = await store.LedgerMovedAsync(mailbox, item.Key, cancellationToken);
            if (moved is not null)
            {
                // Ledgered and fetched again: done before (a local folder moves only what it fetched; over IMAP,
                // another instance's message in a list fetched before it moved it, gone by now). A leftover
                // moved meanwhile by the instance that held it is not moved again.
                if (!(moved == true && leftover))
                {
                    Done(item, leftover ? null : MessageOutcome.Duplicate);
                }

                return null;
            }

            var deaths = await poison.StartAsync(mailbox, item, cancellationToken);
            if (deaths >= PoisonMessageGuard.MaxDeaths)
            {
                Done(item, await poison.QuarantineAsync(mailbox, item, deaths, cancellationToken));
                return null;
            }

            return deaths;
        }

        try
        {
            for (var index = 0; index < items.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var item = items[index];
                int deaths;
                if (startedAhead.Remove(item.Key, out var ahead))
                {
                    if (ahead is not { } aheadDeaths)
                    {
                        continue;
                    }

                    deaths = aheadDeaths;
                }
                else if (await StartAsync(item) is { } started)
                {
                    deaths = started;
                }
                else
                {
                    continue;
                }

                var alone = deaths > 0 || BatchProcessor.ProcessesAlone(item);
                if (alone)
                {
                    await ProcessGatheredAsync();
                    await ReadNextAheadAsync(index, deaths);
                }

                gathered.Add(item);
                if (alone || gathered.Count >= batch.MessagesPerCommit)
                {
                    await ProcessGatheredAsync();
                }
            }

            await ProcessGatheredAsync();
            if (toMove.Count > 0)
            {
                await inbox.FinishAsync(toMove, cancellationToken);
                await store.MarkMovedAsync(mailbox, toMove, cancellationToken);
            }

            return madeProgress;
        }
        finally
        {
            // Gathered and never handed to the batch (a failure while claiming the next): the attempts were no deaths.
            foreach (var item in gathered.Concat(items.Where(item => startedAhead.GetValueOrDefault(item.Key) is not null)))
            {
                await poison.EndAsync(mailbox, item);
            }

            foreach (var item in items)
            {
                readAhead.Drop(mailbox, item.Key);
            }

            foreach (var (key, renewal) in held)
            {
                await renewal.DisposeAsync();
                await claims.ReleaseMessageAsync(mailbox, key, CancellationToken.None);
            }
        }
    }
}
