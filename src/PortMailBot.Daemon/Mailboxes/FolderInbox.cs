using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The embedded mode's inbox: <c>.eml</c> files in a folder, moved to a processed folder once done.
/// A file's ledger key is its content hash, so a copy dropped in again is not answered twice.</summary>
public sealed class FolderInbox(string inboxFolder, string processedFolder, ILogger<FolderInbox> logger) : IInbox
{
    public const string MailboxName = "local";

    private const long MaxFileBytes = 64L * 1024 * 1024;
    private readonly Dictionary<string, string> _filesByKey = new(StringComparer.Ordinal);

    public Task<string> OpenAsync(CancellationToken cancellationToken)
    {
        // Both hold whole customer messages (LOAs, bills): owner-only.
        PrivateFiles.CreateFolder(inboxFolder);
        PrivateFiles.CreateOwnFolder(processedFolder);
        return Task.FromResult(MailboxName);
    }

    public async Task<IReadOnlyList<InboxItem>> FetchAsync(long afterUid, int max, CancellationToken cancellationToken)
    {
        var items = new List<InboxItem>();
        var files = Directory.EnumerateFiles(inboxFolder, "*.eml", SearchOption.TopDirectoryOnly)
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (items.Count >= max)
            {
                break;
            }

            byte[] raw;
            try
            {
                var length = new FileInfo(file).Length;
                if (length > MaxFileBytes)
                {
                    var sizeKey = "too-large:" + Path.GetFileName(file) + ":" + length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (_filesByKey.TryAdd(sizeKey, file))
                    {
                        items.Add(new InboxItem(sizeKey, 0, [], Path.GetFileName(file)) { TooLargeBytes = length });
                    }

                    continue;
                }

                raw = await File.ReadAllBytesAsync(file, cancellationToken);
            }
            catch (IOException ex)
            {
                logger.LogWarning("Cannot read {File}: {Error}", file, ex.Message);
                continue;
            }

            var key = Convert.ToHexStringLower(SHA256.HashData(raw));
            if (_filesByKey.TryAdd(key, file))
            {
                items.Add(new InboxItem(key, 0, raw, Path.GetFileName(file)));
            }
            else if (!string.Equals(_filesByKey[key], file, StringComparison.Ordinal))
            {
                // The same bytes twice in one folder: the copy goes straight to processed.
                MoveToProcessed(file);
            }
        }

        return items;
    }

    public Task FinishAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (_filesByKey.Remove(key, out var file))
            {
                MoveToProcessed(file);
            }
        }

        return Task.CompletedTask;
    }

    private void MoveToProcessed(string file)
    {
        var target = Path.Combine(processedFolder, Path.GetFileName(file));
        for (var n = 1; File.Exists(target); n++)
        {
            target = Path.Combine(processedFolder, $"{Path.GetFileNameWithoutExtension(file)}.{n}{Path.GetExtension(file)}");
        }

        try
        {
            File.Move(file, target);
            PrivateFiles.Restrict(target);
        }
        catch (IOException ex)
        {
            logger.LogWarning("Cannot move {File} to {Target}: {Error}", file, target, ex.Message);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
