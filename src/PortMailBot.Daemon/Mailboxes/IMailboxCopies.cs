namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The whole copies the mailbox keeps of processed messages (the IMAP <c>Processed</c> folder, or the
/// local mode's <c>processed/</c> folder). The retention purge erases them before it blanks the database rows,
/// so a copy that could not be erased leaves its row to the next run instead of an orphan copy.</summary>
public interface IMailboxCopies
{
    /// <summary>Finds each message's copies and, unless <paramref name="dryRun"/>, erases them.</summary>
    /// <exception cref="Exception">Erasing failed (server, file system): the caller must not blank the rows.</exception>
    Task<CopySearch> EraseAsync(IReadOnlyList<StoredCopy> messages, bool dryRun, CancellationToken cancellationToken);
}

/// <summary>An incoming stored message whose copies go with it: its Message-ID as stored (without angle
/// brackets; none when the message had none) and its ledger keys (a local file's SHA-256).</summary>
public sealed record StoredCopy(long MessageRow, string? MessageId, IReadOnlyList<string> LedgerKeys);

/// <summary>What a search for copies found (a folder and UID, or a file) and which messages had none, and why.</summary>
public sealed record CopySearch(IReadOnlyList<string> Found, IReadOnlyList<CopyNotFound> NotFound)
{
    public static CopySearch None { get; } = new([], []);
}

/// <summary>A purged message without a copy erased: why (no Message-ID on record, nothing in the folder).</summary>
public sealed record CopyNotFound(long MessageRow, string Why);
