using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Storage;

/// <summary>Which instance works on which inbox message and which reply, for a lease: several instances on
/// one mailbox and one database share the work, and each message is checked, answered and sent by one of
/// them. A claim is one conditional statement (insert, or take over a claim whose lease ran out), atomic on
/// both providers; it is renewed while the work goes on, so only a dead instance's claims expire. Claims are
/// bookkeeping (<see cref="DaemonStore.OpenForBookkeepingAsync"/>): one lost on a power loss is taken again,
/// or runs out with its lease, and the ledger's key still lets one instance only record a message.</summary>
public sealed class WorkClaims(DaemonStore store, ISqlDialect dialect, IOptions<StorageOptions> options, TimeProvider time, ILogger<WorkClaims> logger)
{
    private const string ClaimMessage =
        "INSERT INTO claims (mailbox, item_key, uid, owner, expires_at) VALUES (@m, @k, @uid, @o, @exp) "
        + "ON CONFLICT (mailbox, item_key) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at "
        + "WHERE claims.expires_at < @now OR claims.owner = excluded.owner";

    private const string ClaimReply =
        "UPDATE outbox SET claimed_by = @o, claim_expires_at = @exp "
        + "WHERE id = @id AND sent_at IS NULL AND undeliverable_at IS NULL AND (claim_expires_at IS NULL OR claim_expires_at < @now OR claimed_by = @o)";

    private readonly TimeSpan _lease = options.Value.ClaimLease;

    /// <summary>This instance's name in the claims: host, process and a random part (a reused pid is
    /// another owner), or one fixed name where only one instance can use the database.</summary>
    public string Owner { get; internal init; } = dialect.OneInstance
        ? "single-instance"
        : string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    /// <summary>Claims an inbox message for this instance; false when another instance's claim on it holds.</summary>
    public async Task<bool> TryClaimMessageAsync(string mailbox, string key, long uid, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await store.OpenForBookkeepingAsync(cancellationToken);
        var claimed = await Db.ExecuteAsync(
            connection,
            null,
            ClaimMessage,
            cancellationToken,
            ("@m", mailbox),
            ("@k", key),
            ("@uid", uid == 0 ? null : uid),
            ("@o", Owner),
            ("@exp", Db.Time(now + _lease)),
            ("@now", Db.Time(now))) == 1;
        if (!claimed)
        {
            logger.LogDebug("Message {Mailbox}/{Key} is claimed by another instance", mailbox, key);
        }

        return claimed;
    }

    /// <summary>Renews the claim on an inbox message every third of the lease until disposed.</summary>
    public IAsyncDisposable KeepMessage(string mailbox, string key) =>
        new Renewal(this, "UPDATE claims SET expires_at = @exp WHERE mailbox = @m AND item_key = @k AND owner = @o", ("@m", mailbox), ("@k", key));

    /// <summary>The work on the message ended (ledgered, or given up until the next poll).</summary>
    public async Task ReleaseMessageAsync(string mailbox, string key, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenForBookkeepingAsync(cancellationToken);
        await Db.ExecuteAsync(connection, null, "DELETE FROM claims WHERE mailbox = @m AND item_key = @k AND owner = @o", cancellationToken, ("@m", mailbox), ("@k", key), ("@o", Owner));
    }

    /// <summary>Claims one unsent reply for this instance, just before it is sent; false when it was sent or
    /// another instance's claim on it holds. Marking it sent or failed ends the claim.</summary>
    public async Task<bool> TryClaimReplyAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await store.OpenForBookkeepingAsync(cancellationToken);
        return await Db.ExecuteAsync(connection, null, ClaimReply, cancellationToken, ("@o", Owner), ("@exp", Db.Time(now + _lease)), ("@id", id), ("@now", Db.Time(now))) == 1;
    }

    private async Task RenewAsync(string sql, (string Name, object? Value)[] key, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_lease / 3, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var connection = await store.OpenForBookkeepingAsync(stop);
                await Db.ExecuteAsync(connection, null, sql, stop, [.. key, ("@o", Owner), ("@exp", Db.Time(time.GetUtcNow() + _lease))]);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or TimeoutException)
        {
            // The work goes on; should the lease run out meanwhile, the ledger's key still lets one instance only record the message.
            logger.LogWarning("Renewing a claim failed; it may expire before the work ends: {Error}", ex.Message);
        }
    }

    /// <summary>The renewal loop of one claim, stopped and awaited on dispose.</summary>
    private sealed class Renewal : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public Renewal(WorkClaims claims, string sql, params (string Name, object? Value)[] key) => _loop = claims.RenewAsync(sql, key, _stop.Token);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            _stop.Dispose();
        }
    }
}
