namespace PortMailBot.Daemon.Mailboxes;

/// <summary>A poll's view of the persistent connection: opening takes it from the watcher (interrupting
/// IDLE), disposing gives it back instead of logging out.</summary>
internal sealed class SharedImapInbox(ImapSession session) : IInbox
{
    private ImapInbox? _inbox;

    public async Task<string> OpenAsync(CancellationToken cancellationToken)
    {
        _inbox = await session.EnterAsync(cancellationToken);
        return await _inbox.OpenAsync(cancellationToken);
    }

    public Task<IReadOnlyList<InboxItem>> FetchAsync(long afterUid, int max, CancellationToken cancellationToken) =>
        (_inbox ?? throw new InvalidOperationException("Open the inbox first.")).FetchAsync(afterUid, max, cancellationToken);

    public Task FinishAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        (_inbox ?? throw new InvalidOperationException("Open the inbox first.")).FinishAsync(keys, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_inbox is not null)
        {
            _inbox = null;
            await session.LeaveAsync();
        }
    }
}
