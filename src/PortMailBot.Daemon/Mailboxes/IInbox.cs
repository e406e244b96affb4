using System.Diagnostics.CodeAnalysis;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>Where requests arrive: the IMAP folder, or the local inbox folder of the embedded mode.
/// One instance is used by one poll at a time (an IMAP connection is not thread-safe).</summary>
public interface IInbox : IAsyncDisposable
{
    /// <summary>Connects and opens the folder.</summary>
    /// <returns>The ledger's name for this mailbox; for IMAP it carries the UIDVALIDITY, so a change
    /// of UIDVALIDITY starts a new ledger scope.</returns>
    Task<string> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> messages after UID <paramref name="afterUid"/>, oldest first.</summary>
    Task<IReadOnlyList<InboxItem>> FetchAsync(long afterUid, int max, CancellationToken cancellationToken);

    /// <summary>Takes processed messages out of the way (move, or flag where MOVE is unavailable).</summary>
    Task FinishAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);
}

/// <summary>One message fetched from the inbox: its ledger key, its UID and UIDVALIDITY (0 for a local
/// file) and its bytes.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "A message's raw bytes, stored and sent as they are (MimeKit and SQLite take arrays); a copy per access would double every message's memory.")]
public sealed record InboxItem(string Key, long Uid, byte[] Raw, string Source)
{
    public long UidValidity { get; init; }

    /// <summary>The message's size when it is over the limit and was not downloaded (<see cref="Raw"/> is empty).</summary>
    public long? TooLargeBytes { get; init; }
}
