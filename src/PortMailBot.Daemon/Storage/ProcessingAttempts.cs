using System.Globalization;

namespace PortMailBot.Daemon.Storage;

/// <summary>Counts each start of work on an inbox message, committed before the work begins. A message is
/// done when its ledger row commits, so an attempt found on the next start without a ledger row is a
/// death of the daemon during that message (killed for memory, crashed in a parser). Bookkeeping commits
/// (<see cref="DaemonStore.OpenForBookkeepingAsync"/>): they survive the death of the process, which is
/// what they count; a power loss that takes the last of them is no message's fault, and at worst makes
/// one count one off.</summary>
public sealed class ProcessingAttempts(DaemonStore store)
{
    /// <summary>Records a new start and returns how many earlier starts never completed.</summary>
    public async Task<int> StartAsync(string mailbox, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        await using var connection = await store.OpenForBookkeepingAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var earlier = await Db.ScalarAsync(connection, transaction, "SELECT attempts FROM processing_attempts WHERE mailbox = @m AND item_key = @k", cancellationToken, ("@m", mailbox), ("@k", key));
        await Db.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO processing_attempts (mailbox, item_key, attempts, last_started_at) VALUES (@m, @k, 1, @now) "
                + "ON CONFLICT (mailbox, item_key) DO UPDATE SET attempts = processing_attempts.attempts + 1, last_started_at = excluded.last_started_at",
            cancellationToken,
            ("@m", mailbox),
            ("@k", key),
            ("@now", Db.Time(now)));
        await transaction.CommitAsync(cancellationToken);
        return earlier is null ? 0 : Convert.ToInt32(earlier, CultureInfo.InvariantCulture);
    }

    /// <summary>The work ended (ledgered, or stopped in an orderly way): the attempt was no death.</summary>
    public async Task EndAsync(string mailbox, string key, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenForBookkeepingAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "DELETE FROM processing_attempts WHERE mailbox = @m AND item_key = @k", cancellationToken, ("@m", mailbox), ("@k", key));
    }
}
