using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace PortMailBot.Daemon.Storage;

/// <summary>The daemon's database: requests, messages, documents, verdicts, the processed-message ledger
/// and the outbox. Work that must be atomic goes through <see cref="BeginAsync"/>.</summary>
public sealed class DaemonStore(ISqlDialect dialect, ILogger<DaemonStore> logger) : IDisposable
{
    private readonly SemaphoreSlim _migrationLock = new(1, 1);

    /// <summary>Called by the container when the host stops, after every run has ended.</summary>
    public void Dispose() => _migrationLock.Dispose();
    private bool _migrated;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(dialect.CreateConnection(), cancellationToken);

    private async Task<DbConnection> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        foreach (var statement in dialect.ConnectionSetup)
        {
            await Db.ExecuteAsync(connection, null, statement, cancellationToken);
        }

        return connection;
    }

    /// <summary>A connection for bookkeeping: claims, processing attempts, the moved/sent/failed marks. Their
    /// commits are process-safe (<see cref="ISqlDialect.ProcessSafeCommits"/>: no <c>fsync</c> each, which
    /// measured 5.3 ms a commit here), because losing the last of them on a power loss costs no correctness:
    /// a lost claim or release is taken again or runs out with its lease; a lost attempt mark makes a
    /// message's death count one off (the ledger, durable, says what is done); a lost "moved" mark makes the
    /// next poll repeat a MOVE that finds the message gone; a lost "sent" mark resends the reply with its
    /// fixed Message-ID, which the design already allows after a crash between sending and marking; a lost
    /// "failed" mark only retries sooner. What must not be lost (the processing transaction: verdict,
    /// request, ledger row and outbox entry) stays on <see cref="BeginAsync"/>, fully durable.</summary>
    public async Task<DbConnection> OpenForBookkeepingAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(dialect.CreateBookkeepingConnection(), cancellationToken);
        await Db.ExecuteAsync(connection, null, dialect.ProcessSafeCommits, cancellationToken);
        return connection;
    }

    /// <summary>Creates the schema or brings it up to date; safe to call more than once.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrationLock.WaitAsync(cancellationToken);
        try
        {
            if (_migrated)
            {
                return;
            }

            dialect.Prepare();
            await using var connection = await OpenAsync(cancellationToken);
            if (dialect.MigrationLock is { } takeLock)
            {
                // Held by the session: released below, or by the server when this process dies.
                await Db.ScalarAsync(connection, null, takeLock, cancellationToken);
            }

            try
            {
                await ApplyMigrationsAsync(connection, cancellationToken);
            }
            finally
            {
                if (dialect.MigrationUnlock is { } releaseLock)
                {
                    await Db.ScalarAsync(connection, null, releaseLock, CancellationToken.None);
                }
            }

            _migrated = true;
        }
        finally
        {
            _migrationLock.Release();
        }
    }

    private async Task ApplyMigrationsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await Db.ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", cancellationToken);
        var current = Convert.ToInt32(await Db.ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken) ?? 0, CultureInfo.InvariantCulture);
        if (current > dialect.Migrations.Count)
        {
            throw new InvalidOperationException($"The database's schema is at version {current}, newer than this build knows ({dialect.Migrations.Count}): run the newer build.");
        }

        for (var version = current + 1; version <= dialect.Migrations.Count; version++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Db.ExecuteAsync(connection, transaction, dialect.Migrations[version - 1], cancellationToken);
            await Db.ExecuteAsync(connection, transaction, "INSERT INTO schema_version (version) VALUES (@v)", cancellationToken, ("@v", version));
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Database schema migrated to version {Version} ({Provider})", version, dialect.Provider);
        }
    }

    public async Task<StoreTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        var connection = await OpenAsync(cancellationToken);
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        return new StoreTransaction(connection, transaction, dialect.OneInstance ? null : AllocateRequestNumberAsync);
    }

    /// <summary>The year's next request number, committed at once on a connection of its own. Bookkeeping commits
    /// are enough: the transaction that uses the number commits durably after it, which makes the counter's
    /// earlier change durable with it.</summary>
    private async Task<long> AllocateRequestNumberAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForBookkeepingAsync(cancellationToken);
        return Convert.ToInt64(await Db.ScalarAsync(connection, null, StoreTransaction.NextNumberSql, cancellationToken, ("@y", year)), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="read"/> in a transaction of its own, committed: one consistent view of
    /// every row it reads.</summary>
    public async Task<T> ReadAsync<T>(Func<StoreTransaction, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var result = await read(transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Ledgered messages whose move out of the inbox did not happen yet (the daemon stopped in between).</summary>
    public async Task<List<string>> PendingMovesAsync(string mailbox, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.ListAsync(connection, null, "SELECT item_key FROM ledger WHERE mailbox = @m AND moved = 0 ORDER BY item_key", r => r.GetString(0), cancellationToken, ("@m", mailbox));
    }

    public async Task MarkMovedAsync(string mailbox, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForBookkeepingAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var key in keys)
        {
            await Db.ExecuteAsync(connection, transaction, "UPDATE ledger SET moved = 1 WHERE mailbox = @m AND item_key = @k", cancellationToken, ("@m", mailbox), ("@k", key));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Where a poll starts: the highest UID ledgered in this mailbox (whose name carries the
    /// UIDVALIDITY), or, when lower, just below the lowest message claimed and not ledgered (another
    /// instance's work in progress, or a dead one's to take over); 0 when none.</summary>
    public async Task<long> LastUidAsync(string mailbox, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var value = await Db.ScalarAsync(connection, null, "SELECT MAX(uid) FROM ledger WHERE mailbox = @m", cancellationToken, ("@m", mailbox));
        var unfinished = await Db.ScalarAsync(
            connection,
            null,
            "SELECT MIN(c.uid) FROM claims c WHERE c.mailbox = @m AND c.uid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger l WHERE l.mailbox = c.mailbox AND l.item_key = c.item_key)",
            cancellationToken,
            ("@m", mailbox));
        var last = value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return unfinished is null ? last : Math.Min(last, Convert.ToInt64(unfinished, CultureInfo.InvariantCulture) - 1);
    }

    /// <summary>Null when the message is not ledgered; else whether it was moved out of the inbox.</summary>
    public async Task<bool?> LedgerMovedAsync(string mailbox, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var moved = await Db.ScalarAsync(connection, null, "SELECT moved FROM ledger WHERE mailbox = @m AND item_key = @k", cancellationToken, ("@m", mailbox), ("@k", key));
        return moved is null ? null : Convert.ToInt64(moved, CultureInfo.InvariantCulture) != 0;
    }

    public async Task<bool> IsLedgeredAsync(string mailbox, string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.ScalarAsync(connection, null, "SELECT 1 FROM ledger WHERE mailbox = @m AND item_key = @k", cancellationToken, ("@m", mailbox), ("@k", key)) is not null;
    }

    /// <summary>Unsent replies whose next attempt is due (all unsent ones when <paramref name="ignoreBackoff"/>),
    /// except those another instance is sending (claimed, see <see cref="WorkClaims"/>).</summary>
    public async Task<List<OutboxEntry>> DueOutboxAsync(DateTimeOffset now, bool ignoreBackoff, int max, CancellationToken cancellationToken) =>
        await DueOutboxAsync(now, ignoreBackoff, max, null, cancellationToken);

    /// <summary>As above, and also the replies claimed under <paramref name="owner"/> whatever their lease: the
    /// dispatcher sends one batch at a time, so a claim of its own found here was left by a run of the same
    /// instance that died while sending (on SQLite, one fixed owner), to be taken back at once, not after the lease.</summary>
    public async Task<List<OutboxEntry>> DueOutboxAsync(DateTimeOffset now, bool ignoreBackoff, int max, string? owner, CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        return await Db.ListAsync(
            connection,
            null,
            "SELECT id, request_id, message_id, recipient, raw, attempts FROM outbox WHERE sent_at IS NULL AND undeliverable_at IS NULL AND (@all = 1 OR next_attempt_at <= @now) AND (claim_expires_at IS NULL OR claim_expires_at < @now OR claimed_by = @owner) ORDER BY id LIMIT @max",
            r => new OutboxEntry(r.GetInt64(0), Db.NullableString(r, 1), r.GetString(2), r.GetString(3), (byte[])r.GetValue(4), r.GetInt32(5)),
            cancellationToken,
            ("@owner", owner),
            ("@all", ignoreBackoff ? 1 : 0),
            ("@now", Db.Time(now)),
            ("@max", max));
    }

    /// <summary>When the oldest unsent reply was stored; null when everything is sent.</summary>
    public async Task<DateTimeOffset?> OldestUnsentAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        var oldest = await Db.ScalarAsync(connection, null, "SELECT MIN(created_at) FROM outbox WHERE sent_at IS NULL AND undeliverable_at IS NULL", cancellationToken);
        return oldest is string text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;
    }

    public async Task<int> UnsentCountAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        return Convert.ToInt32(await Db.ScalarAsync(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND undeliverable_at IS NULL", cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task MarkSentAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForBookkeepingAsync(cancellationToken);
        await EndAttemptAsync(connection, id, "sent_at = @now, last_error = NULL", cancellationToken, ("@now", Db.Time(now)));
    }

    public async Task MarkFailedAsync(long id, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken)
    {
        await using var connection = await OpenForBookkeepingAsync(cancellationToken);
        await EndAttemptAsync(connection, id, "last_error = @e, next_attempt_at = @next", cancellationToken, ("@e", StoredError(error)), ("@next", Db.Time(nextAttempt)));
    }

    /// <summary>Sets a reply aside for good: the server refused it permanently (5xx); never tried again.</summary>
    public async Task MarkUndeliverableAsync(long id, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await EndAttemptAsync(connection, id, "undeliverable_at = @now, last_error = @e", cancellationToken, ("@now", Db.Time(now)), ("@e", StoredError(error)));
    }

    public Task<PortRequestRecord?> FindRequestAsync(string id, CancellationToken cancellationToken) =>
        ReadAsync(transaction => transaction.FindRequestAsync(id, cancellationToken), cancellationToken);

    /// <summary>A send attempt ended, whatever its outcome (<paramref name="outcome"/>, the columns it sets): it is
    /// counted and the reply's claim released, so another round or instance may take it when it is due.</summary>
    private static async Task EndAttemptAsync(DbConnection connection, long id, string outcome, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        await Db.ExecuteAsync(
            connection,
            null,
            $"UPDATE outbox SET {outcome}, attempts = attempts + 1, claimed_by = NULL, claim_expires_at = NULL WHERE id = @id",
            cancellationToken,
            [.. parameters, ("@id", id)]);

    /// <summary>A send error as kept in <c>outbox.last_error</c>: its first 500 characters.</summary>
    private static string StoredError(string error) => error.Length > 500 ? error[..500] : error;
}
