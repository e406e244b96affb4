using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using MimeKit;
using MimeKit.Utils;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The IMAP copies: a processed message is moved to <see cref="ImapOptions.ProcessedFolder"/> (or, where
/// the server cannot MOVE, left in the inbox with <see cref="ImapOptions.ProcessedKeyword"/>), and its UID there
/// is the server's, never recorded. So a copy is found by its exact Message-ID: SEARCH HEADER (a substring
/// match), then the fetched header compared exactly. Copies are flagged \Deleted and expunged by UID (UID
/// EXPUNGE, with UIDPLUS). Runs on a connection of its own: MailKit's client is not thread-safe, and the
/// watcher's session is busy idling.</summary>
public sealed class ImapMailboxCopies(ImapOptions options, MailTokens tokens, ILogger<ImapMailboxCopies> logger) : IMailboxCopies
{
    public async Task<CopySearch> EraseAsync(IReadOnlyList<StoredCopy> messages, bool dryRun, CancellationToken cancellationToken)
    {
        // Without a Message-ID there is nothing exact to search for; a guess could erase someone else's mail.
        var notFound = messages.Where(m => string.IsNullOrEmpty(m.MessageId))
            .Select(m => new CopyNotFound(m.MessageRow, "no Message-ID on record: its copy cannot be found"))
            .ToList();
        var searched = messages.Where(m => !string.IsNullOrEmpty(m.MessageId)).ToList();
        if (searched.Count == 0)
        {
            return new CopySearch([], notFound);
        }

        using var client = new ImapClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await MailConnector.ConnectAsync(client, MailEndpoint.For(options, tokens.Imap, tokens.Mechanism), cancellationToken);
        var found = new List<string>();
        var foundRows = new HashSet<long>();
        foreach (var (folder, keyword) in await FoldersAsync(client, cancellationToken))
        {
            await folder.OpenAsync(dryRun ? FolderAccess.ReadOnly : FolderAccess.ReadWrite, cancellationToken);
            var uids = new HashSet<UniqueId>();
            foreach (var message in searched)
            {
                var copies = await FindAsync(folder, message.MessageId!, keyword, cancellationToken);
                if (copies.Count > 0)
                {
                    foundRows.Add(message.MessageRow);
                    uids.UnionWith(copies);
                }
            }

            found.AddRange(uids.OrderBy(u => u.Id).Select(u => string.Create(CultureInfo.InvariantCulture, $"{folder.FullName}/{u.Id}")));
            if (!dryRun && uids.Count > 0)
            {
                await ExpungeAsync(client, folder, [.. uids], cancellationToken);
            }

            await folder.CloseAsync(false, cancellationToken);
        }

        await client.DisconnectAsync(true, cancellationToken);
        notFound.AddRange(searched.Where(m => !foundRows.Contains(m.MessageRow))
            .Select(m => new CopyNotFound(m.MessageRow, $"no copy with Message-ID <{m.MessageId}> in {options.ProcessedFolder}")));
        return new CopySearch(found, notFound);
    }

    /// <summary>The Processed folder (none yet: nothing was moved), and the inbox itself where the server cannot
    /// MOVE, there only messages carrying the processed keyword.</summary>
    private async Task<List<(IMailFolder Folder, string? Keyword)>> FoldersAsync(ImapClient client, CancellationToken cancellationToken)
    {
        var folders = new List<(IMailFolder, string?)>();
        try
        {
            folders.Add((await client.GetFolderAsync(options.ProcessedFolder, cancellationToken), null));
        }
        catch (FolderNotFoundException)
        {
            logger.LogDebug("No IMAP folder {Folder}: no processed copies to search there", options.ProcessedFolder);
        }

        if (!client.Capabilities.HasFlag(ImapCapabilities.Move))
        {
            var inbox = string.Equals(options.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
                ? client.Inbox
                : await client.GetFolderAsync(options.Folder, cancellationToken);
            folders.Add((inbox, options.ProcessedKeyword));
        }

        return folders;
    }

    private static async Task<List<UniqueId>> FindAsync(IMailFolder folder, string messageId, string? keyword, CancellationToken cancellationToken)
    {
        SearchQuery query = SearchQuery.HeaderContains("Message-ID", messageId);
        if (keyword is not null)
        {
            query = query.And(SearchQuery.HasKeyword(keyword));
        }

        var candidates = await folder.SearchAsync(query, cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // SEARCH matches substrings: "<a@x>" is found by "a@x" and by "aa@x.y"; only an exact match counts.
        var summaries = await folder.FetchAsync(candidates, new FetchRequest(MessageSummaryItems.UniqueId, [HeaderId.MessageId]), cancellationToken);
        return summaries
            .Where(s => s.Headers?[HeaderId.MessageId] is { } value && string.Equals(MimeUtils.ParseMessageId(value), messageId, StringComparison.Ordinal))
            .Select(s => s.UniqueId)
            .ToList();
    }

    private async Task ExpungeAsync(ImapClient client, IMailFolder folder, List<UniqueId> uids, CancellationToken cancellationToken)
    {
        await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Deleted) { Silent = true }, cancellationToken);
        if (client.Capabilities.HasFlag(ImapCapabilities.UidPlus))
        {
            await folder.ExpungeAsync(uids, cancellationToken);
        }
        else
        {
            // Without UIDPLUS, EXPUNGE also removes whatever else is flagged \Deleted in this folder.
            await folder.ExpungeAsync(cancellationToken);
        }

        logger.LogInformation("Retention erased {Count} copies from IMAP folder {Folder}", uids.Count, folder.FullName);
    }
}
