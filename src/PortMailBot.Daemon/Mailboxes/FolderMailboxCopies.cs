using System.Security.Cryptography;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The local mode's copies: the files in <c>processed/</c>, found by their SHA-256 (the ledger key of a
/// local message), which is exact where a Message-ID may be missing or reused.</summary>
public sealed class FolderMailboxCopies(string processedFolder) : IMailboxCopies
{
    public async Task<CopySearch> EraseAsync(IReadOnlyList<StoredCopy> messages, bool dryRun, CancellationToken cancellationToken)
    {
        var rowsByKey = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            foreach (var key in message.LedgerKeys)
            {
                rowsByKey.TryAdd(key, message.MessageRow);
            }
        }

        var found = new List<string>();
        var foundRows = new HashSet<long>();
        if (rowsByKey.Count > 0 && Directory.Exists(processedFolder))
        {
            foreach (var file in Directory.EnumerateFiles(processedFolder))
            {
                string hash;
                await using (var stream = File.OpenRead(file))
                {
                    hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
                }

                if (rowsByKey.TryGetValue(hash, out var row))
                {
                    found.Add(file);
                    foundRows.Add(row);
                }
            }
        }

        if (!dryRun)
        {
            // A file that cannot be deleted throws: the rows stay for the next run.
            found.ForEach(File.Delete);
        }

        var notFound = messages.Where(m => !foundRows.Contains(m.MessageRow))
            .Select(m => new CopyNotFound(m.MessageRow, m.LedgerKeys.Count == 0 ? "not from the local inbox" : "no file with its SHA-256 in processed/"))
            .ToList();
        return new CopySearch(found, notFound);
    }
}
