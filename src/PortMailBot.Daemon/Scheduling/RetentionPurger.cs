using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>What a purge found (and, unless a dry run, removed): the messages, the copies in the mailbox (and the
/// purged messages without one, with why), and the local outbox's reply files.</summary>
public sealed record PurgeReport(IReadOnlyList<PurgeCandidate> Messages, CopySearch Copies, IReadOnlyList<string> Files)
{
    public int Requests => Messages.Select(m => m.RequestId).OfType<string>().Distinct(StringComparer.Ordinal).Count();
}

/// <summary>Applies <see cref="RetentionOptions"/>: the database's raw mail, the mailbox's copies and the local
/// outbox's files of messages past their period. Runs daily (<see cref="RetentionJob"/>) and from
/// <c>requests purge</c>.</summary>
public sealed class RetentionPurger(
    RetentionStore store,
    IMailboxCopies mailboxCopies,
    IOptions<RetentionOptions> retention,
    IOptions<MailOptions> mail,
    TimeProvider time,
    ILogger<RetentionPurger> logger)
{
    /// <summary>Copies and files go first, the rows last: when erasing fails this throws with every row still
    /// whole, and the next run finds them again (a copy never outlives its row's purge).</summary>
    public async Task<PurgeReport> PurgeAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var due = await store.DueAsync(retention.Value, time.GetUtcNow(), cancellationToken);
        if (due.Count == 0)
        {
            return new PurgeReport(due, CopySearch.None, []);
        }

        var lookups = await store.CopyLookupsAsync(due, FolderInbox.MailboxName, cancellationToken);
        var kept = lookups.Where(l => l.SharedWithKeptRow is not null)
            .Select(l => new CopyNotFound(l.MessageRow, $"copy left: message {l.SharedWithKeptRow} has the same Message-ID and is not due yet"))
            .ToList();
        var stored = lookups.Where(l => l.SharedWithKeptRow is null).Select(l => new StoredCopy(l.MessageRow, l.MessageId, l.LocalKeys)).ToList();
        var erased = await mailboxCopies.EraseAsync(stored, dryRun, cancellationToken);
        var copies = erased with { NotFound = [.. erased.NotFound, .. kept] };
        var files = await OutboxFilesAsync(due, cancellationToken);
        if (dryRun)
        {
            return new PurgeReport(due, copies, files);
        }

        files.ForEach(File.Delete);
        await store.PurgeAsync(due, cancellationToken);
        foreach (var missing in copies.NotFound)
        {
            logger.LogInformation("Retention: no mailbox copy erased for message {MessageRow}: {Why}", missing.MessageRow, missing.Why);
        }

        return new PurgeReport(due, copies, files);
    }

    /// <summary>The local outbox's files of the requests' sent replies (named after their Message-IDs).</summary>
    private async Task<List<string>> OutboxFilesAsync(List<PurgeCandidate> due, CancellationToken cancellationToken)
    {
        var outbox = Path.Combine(mail.Value.LocalFolder, "outbox");
        var requests = due.Select(c => c.RequestId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (await store.SentReplyIdsAsync(requests, cancellationToken))
            .Select(id => Path.Combine(outbox, FolderMailSender.FileName(id)))
            .Where(File.Exists)
            .ToList();
    }
}
