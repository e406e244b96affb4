using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Scheduling;

/// <summary>What a purge found (and, unless a dry run, removed).</summary>
public sealed record PurgeReport(IReadOnlyList<PurgeCandidate> Messages, IReadOnlyList<string> Files);

/// <summary>Applies <see cref="RetentionOptions"/>: the database's raw mail and the local mail folders' files of
/// requests past their period. Runs daily (<see cref="RetentionJob"/>) and from <c>requests purge</c>.</summary>
public sealed class RetentionPurger(RetentionStore store, IOptions<RetentionOptions> retention, IOptions<MailOptions> mail, TimeProvider time, ILogger<RetentionPurger> logger)
{
    public async Task<PurgeReport> PurgeAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var options = retention.Value;
        var due = await store.DueAsync(now.AddDays(-options.ClosedRequestDays), now.AddDays(-options.NeedsInfoDays), now.AddDays(-options.UnansweredMailDays), cancellationToken);
        var files = await FilesAsync(due, cancellationToken);
        if (dryRun || due.Count == 0)
        {
            return new PurgeReport(due, files);
        }

        await store.PurgeAsync(due, cancellationToken);
        foreach (var file in files)
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException ex)
            {
                logger.LogWarning("Retention could not delete {File}: {Error}", file, ex.Message);
            }
        }

        return new PurgeReport(due, files);
    }

    /// <summary>The local mail folders' copies: processed messages (found by their SHA-256, the ledger key) and sent replies.</summary>
    private async Task<List<string>> FilesAsync(List<PurgeCandidate> due, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var root = mail.Value.LocalFolder;
        var processed = Path.Combine(root, "processed");
        var keys = (await store.LedgerKeysAsync([.. due.Select(c => c.MessageRow)], cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (keys.Count > 0 && Directory.Exists(processed))
        {
            foreach (var file in Directory.EnumerateFiles(processed))
            {
                await using var stream = File.OpenRead(file);
                if (keys.Contains(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken))))
                {
                    files.Add(file);
                }
            }
        }

        var outbox = Path.Combine(root, "outbox");
        var requests = due.Select(c => c.RequestId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in await store.SentReplyIdsAsync(requests, cancellationToken))
        {
            var file = Path.Combine(outbox, FolderMailSender.FileName(id));
            if (File.Exists(file))
            {
                files.Add(file);
            }
        }

        return files;
    }
}
