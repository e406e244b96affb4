using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The porting mailbox over IMAP. Only UIDs above the last one seen are searched and fetched,
/// in one batched FETCH, so a poll costs what the new mail costs, not what the mailbox holds. Opening an
/// inbox that is still connected with its folder selected costs nothing, so one instance can serve as a
/// persistent connection (<see cref="ImapSession"/>); not thread-safe, as MailKit's client is not.</summary>
public sealed class ImapInbox(ImapOptions options, MailTokens tokens, ILogger<ImapInbox> logger) : IInbox
{
    private readonly ImapClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };
    private IMailFolder? _folder;
    private IMailFolder? _processed;
    private string? _mailbox;
    private int _lastCount;
    private int _arrivedFlag;
    private CancellationTokenSource? _idleDone;

    /// <summary>Connected, logged in, the folder selected: ready for a poll without a round trip.</summary>
    public bool IsReady => _client.IsConnected && _client.IsAuthenticated && _folder is { IsOpen: true } && _mailbox is not null;

    public bool CanIdle => _client.Capabilities.HasFlag(ImapCapabilities.Idle);

    public async Task<string> OpenAsync(CancellationToken cancellationToken)
    {
        if (IsReady)
        {
            return _mailbox!;
        }

        if (_client.IsConnected)
        {
            // Half there (logged out, folder closed by the server): start again cleanly.
            await _client.DisconnectAsync(false, cancellationToken);
        }

        (_folder, _processed, _mailbox) = (null, null, null);
        await MailConnector.ConnectAsync(_client, MailEndpoint.For(options, tokens.Imap, tokens.Mechanism), cancellationToken);
        var folder = string.Equals(options.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? _client.Inbox
            : await _client.GetFolderAsync(options.Folder, cancellationToken);
        await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
        _lastCount = folder.Count;
        _arrivedFlag = folder.Count > 0 ? 1 : 0;
        folder.CountChanged += OnCountChanged;
        _folder = folder;
        _mailbox = string.Create(CultureInfo.InvariantCulture, $"imap:{options.Username}@{options.Host}/{folder.FullName};{folder.UidValidity}");
        return _mailbox;
    }

    /// <summary>Whether mail arrived since the last call (the server announced more messages), and forgets it.</summary>
    public bool TakeArrivals() => Interlocked.Exchange(ref _arrivedFlag, 0) == 1;

    /// <summary>Waits on the open connection for new mail: IDLE until mail arrives, <paramref name="interrupt"/>
    /// fires or <paramref name="idleFor"/> passes (then IDLE is re-issued by the caller); one NOOP where the
    /// server has no IDLE.</summary>
    public async Task WaitForMailAsync(TimeSpan idleFor, CancellationToken interrupt, CancellationToken cancellationToken)
    {
        if (!CanIdle)
        {
            await _client.NoOpAsync(cancellationToken);
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        done.CancelAfter(idleFor);
        Volatile.Write(ref _idleDone, done);
        try
        {
            if (Volatile.Read(ref _arrivedFlag) == 0)
            {
                await _client.IdleAsync(done.Token, cancellationToken);
            }
        }
        finally
        {
            Volatile.Write(ref _idleDone, null);
        }
    }

    private void OnCountChanged(object? sender, EventArgs e)
    {
        var folder = (IMailFolder)sender!;
        if (folder.Count > _lastCount)
        {
            Volatile.Write(ref _arrivedFlag, 1);
            Volatile.Read(ref _idleDone)?.Cancel();
        }

        _lastCount = folder.Count;
    }

    public async Task<IReadOnlyList<InboxItem>> FetchAsync(long afterUid, int max, CancellationToken cancellationToken)
    {
        var folder = _folder ?? throw new InvalidOperationException("Open the inbox first.");
        var range = new UniqueIdRange(new UniqueId(folder.UidValidity, (uint)Math.Min(uint.MaxValue - 1, afterUid + 1)), UniqueId.MaxValue);
        SearchQuery query = SearchQuery.Uids(range);
        if (!_client.Capabilities.HasFlag(ImapCapabilities.Move))
        {
            // Flagged messages stay in the folder where MOVE is unavailable; leave them out.
            query = query.And(SearchQuery.NotKeyword(options.ProcessedKeyword));
        }

        var uids = (await folder.SearchAsync(query, cancellationToken))
            .Where(u => u.Id > afterUid) // "N:*" always includes the highest UID, even below N.
            .OrderBy(u => u.Id)
            .Take(max)
            .ToList();
        if (uids.Count == 0)
        {
            return [];
        }

        // Sizes first, so one huge message cannot take the daemon's memory.
        var items = new List<InboxItem>(uids.Count);
        var summaries = await folder.FetchAsync(uids, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, cancellationToken);
        var tooLarge = summaries.Where(s => s.Size > options.MaxMessageBytes).ToDictionary(s => s.UniqueId, s => (long)s.Size!.Value);
        foreach (var (uid, size) in tooLarge)
        {
            items.Add(new InboxItem(uid.Id.ToString(CultureInfo.InvariantCulture), uid.Id, [], string.Create(CultureInfo.InvariantCulture, $"{folder.FullName}/{uid.Id}"))
            {
                UidValidity = folder.UidValidity,
                TooLargeBytes = size,
            });
        }

        uids = uids.Where(u => !tooLarge.ContainsKey(u)).ToList();
        if (uids.Count == 0)
        {
            return items.OrderBy(i => i.Uid).ToList();
        }

        await ((ImapFolder)folder).GetStreamsAsync(
            uids,
            async (f, index, uid, stream, ct) =>
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                items.Add(new InboxItem(uid.Id.ToString(CultureInfo.InvariantCulture), uid.Id, buffer.ToArray(), string.Create(CultureInfo.InvariantCulture, $"{f.FullName}/{uid.Id}")) { UidValidity = f.UidValidity });
            },
            cancellationToken);
        return items.OrderBy(i => i.Uid).ToList();
    }

    public async Task FinishAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var folder = _folder ?? throw new InvalidOperationException("Open the inbox first.");
        if (keys.Count == 0)
        {
            return;
        }

        var uids = keys.Select(k => new UniqueId(folder.UidValidity, uint.Parse(k, CultureInfo.InvariantCulture))).ToList();
        if (_client.Capabilities.HasFlag(ImapCapabilities.Move))
        {
            var processed = await ProcessedFolderAsync(cancellationToken);
            await MoveAsync(folder, uids, processed, cancellationToken);
            return;
        }

        await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Seen) { Keywords = { options.ProcessedKeyword }, Silent = true }, cancellationToken);
        logger.LogDebug("Flagged {Count} messages as processed: the server cannot MOVE", uids.Count);
    }

    /// <summary>Moves the batch in one MOVE. The poll holds every message's claim until its move, so no other
    /// instance moves them meanwhile; a refusal means one of them went anyway (another instance took over a
    /// claim that had expired). Then the ones still here are moved one by one, a refusal for a message no
    /// longer there meaning it was done elsewhere. Dovecot may have copied some of the batch before refusing:
    /// such a copy stays in the processed folder (the ledger, not the folder, records what was done).</summary>
    private async Task MoveAsync(IMailFolder folder, List<UniqueId> uids, IMailFolder processed, CancellationToken cancellationToken)
    {
        if (uids.Count > 1)
        {
            try
            {
                await folder.MoveToAsync(uids, processed, cancellationToken);
                return;
            }
            catch (ImapCommandException ex) when (ex.Response == ImapCommandResponse.No)
            {
                logger.LogDebug("A batch MOVE was refused, moving one by one: {Error}", ex.ResponseText);
            }
        }

        foreach (var uid in uids)
        {
            try
            {
                await folder.MoveToAsync(uid, processed, cancellationToken);
            }
            catch (ImapCommandException ex) when (ex.Response == ImapCommandResponse.No)
            {
                if ((await folder.SearchAsync(SearchQuery.Uids([uid]), cancellationToken)).Count > 0)
                {
                    throw;
                }

                logger.LogDebug("Message {Uid} was moved by another instance: {Error}", uid.Id, ex.ResponseText);
            }
        }
    }

    private async Task<IMailFolder> ProcessedFolderAsync(CancellationToken cancellationToken)
    {
        if (_processed is not null)
        {
            return _processed;
        }

        var root = _client.GetFolder(_client.PersonalNamespaces[0]);
        try
        {
            _processed = await _client.GetFolderAsync(options.ProcessedFolder, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            _processed = await root.CreateAsync(options.ProcessedFolder, true, cancellationToken)
                ?? throw new InvalidOperationException($"The IMAP server did not create {options.ProcessedFolder}.");
            logger.LogInformation("Created IMAP folder {Folder}", options.ProcessedFolder);
        }

        return _processed;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(true, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.Net.Imap.ImapProtocolException)
        {
            logger.LogDebug("IMAP logout failed: {Error}", ex.Message);
        }

        _client.Dispose();
    }
}
