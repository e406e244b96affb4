using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Storage;

/// <summary>The store's SQL on each provider: a real SQLite file and a real PostgreSQL server.</summary>
public sealed class DaemonStoreTests(PgBedFixture bed)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Instances_starting_together_migrate_the_schema_once(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct));
        var dialect = daemon.Services.GetRequiredService<ISqlDialect>();
        var instances = Enumerable.Range(0, 4).Select(_ => new DaemonStore(dialect, NullLogger<DaemonStore>.Instance)).ToList();

        await Task.WhenAll(instances.Select(s => s.MigrateAsync(ct)));

        await using var connection = await daemon.Store.OpenAsync(ct);
        var versions = await Db.ListAsync(connection, null, "SELECT version FROM schema_version ORDER BY version", r => Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), ct);
        Assert.Equal(Enumerable.Range(1, dialect.Migrations.Count), versions);
        Assert.Equal(provider, dialect.Provider);
        instances.ForEach(s => s.Dispose());
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Request_numbers_taken_at_the_same_time_are_all_different(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct));
        await daemon.Store.MigrateAsync(ct);

        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(async _ =>
        {
            await using var transaction = await daemon.Store.BeginAsync(ct);
            var id = await transaction.NextRequestIdAsync(2026, ct);
            await transaction.CommitAsync(ct);
            return id;
        }));

        Assert.Equal(12, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("PR-2026-000001", ids);
        Assert.Contains("PR-2026-000012", ids);
    }

    [Fact]
    public async Task On_postgresql_a_request_number_taken_in_an_open_transaction_holds_up_no_other_instance()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(StorageProvider.PostgreSQL, bed, ct));
        await daemon.Store.MigrateAsync(ct);
        var other = new DaemonStore(daemon.Services.GetRequiredService<ISqlDialect>(), NullLogger<DaemonStore>.Instance);

        await using var open = await daemon.Store.BeginAsync(ct);
        var first = await open.NextRequestIdAsync(2026, ct);

        // Had the number been taken in the open transaction, its counter row would stay locked until that commits.
        await using (var meanwhile = await other.BeginAsync(ct))
        {
            var second = await meanwhile.NextRequestIdAsync(2026, ct).WaitAsync(TimeSpan.FromSeconds(30), ct);
            await meanwhile.CommitAsync(ct);
            Assert.Equal("PR-2026-000002", second);
        }

        await open.RollbackAsync(ct);
        Assert.Equal("PR-2026-000001", first);
        await using var after = await daemon.Store.BeginAsync(ct);
        Assert.Equal("PR-2026-000003", await after.NextRequestIdAsync(2026, ct));
    }

    [Fact]
    public async Task On_sqlite_a_request_number_of_a_transaction_rolled_back_is_taken_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(StorageProvider.Sqlite, bed, ct));
        await daemon.Store.MigrateAsync(ct);

        await using (var rolledBack = await daemon.Store.BeginAsync(ct))
        {
            Assert.Equal("PR-2026-000001", await rolledBack.NextRequestIdAsync(2026, ct));
            await rolledBack.RollbackAsync(ct);
        }

        await using var next = await daemon.Store.BeginAsync(ct);
        Assert.Equal("PR-2026-000001", await next.NextRequestIdAsync(2026, ct));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_message_its_ledger_row_and_its_reply_are_stored_and_read_back(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct));
        var raw = Encoding.UTF8.GetBytes("Subject: x\r\n\r\nbody");
        const long bigUidValidity = 4_000_000_000; // UIDVALIDITY is 32 bits unsigned: beyond a signed int.

        await using (var transaction = await daemon.Store.BeginAsync(ct))
        {
            var id = await transaction.NextRequestIdAsync(2026, ct);
            await transaction.SaveRequestAsync(new PortRequestRecord(id, "élise@example.com", "Port\0 request", "fr", PortState.InReview, "complete", "", "AC1", "{}"), Now, ct);
            var row = await transaction.InsertMessageAsync(
                new StoredMessage(id, "in", "<m1@example.com>", null, null, "Élise@Example.com", "porting@x", "Port request", $"INBOX;{bigUidValidity}", bigUidValidity, bigUidValidity + 1, MessageOutcome.Answered, raw),
                Now,
                ct);
            await transaction.InsertDocumentAsync(id, row, "loa.pdf", "loa", ocr: true, null, "{\"a\":1}", "ab12", ct);
            await transaction.InsertVerdictAsync(id, row, "complete", "{}", Now, ct);
            await transaction.InsertLedgerAsync($"INBOX;{bigUidValidity}", "k1", bigUidValidity + 1, row, MessageOutcome.Answered, Now, ct);
            await transaction.InsertOutboxAsync(id, "<r1@x>", "élise@example.com", raw, Now, ct);
            await transaction.CommitAsync(ct);
        }

        await using (var transaction = await daemon.Store.BeginAsync(ct))
        {
            Assert.True(await transaction.IsLedgeredAsync($"INBOX;{bigUidValidity}", "k1", ct));
            Assert.True(await transaction.InboundSeenAsync("<m1@example.com>", ct));
            Assert.Equal("PR-2026-000001", await transaction.FindRequestByMessageIdsAsync(["<nobody@x>", "<m1@example.com>"], ct));
            Assert.Equal(raw, Assert.Single(await transaction.InboundRawAsync("PR-2026-000001", ct)));
            Assert.Equal("{\"a\":1}", Assert.Single(await transaction.DocumentExtractionsAsync("PR-2026-000001", ct)));
            Assert.Equal(1, await transaction.CountRepliesSinceAsync("ÉLISE@example.com", Now.AddHours(-1), ct));
            Assert.Single(await transaction.InboundHeadsFromAsync("PR-2026-000001", "élise@EXAMPLE.com", ct));
            var request = await transaction.FindRequestAsync("PR-2026-000001", ct);
            Assert.StartsWith("Port", request!.Subject, StringComparison.Ordinal);
        }

        Assert.Equal(bigUidValidity + 1, await daemon.Store.LastUidAsync($"INBOX;{bigUidValidity}", ct));
        Assert.Equal(["k1"], await daemon.Store.PendingMovesAsync($"INBOX;{bigUidValidity}", ct));
        await daemon.Store.MarkMovedAsync($"INBOX;{bigUidValidity}", ["k1"], ct);
        Assert.Empty(await daemon.Store.PendingMovesAsync($"INBOX;{bigUidValidity}", ct));

        var due = Assert.Single(await daemon.Store.DueOutboxAsync(Now, ignoreBackoff: false, 10, ct));
        await daemon.Store.MarkFailedAsync(due.Id, new string('x', 900), Now.AddMinutes(5), ct);
        Assert.Empty(await daemon.Store.DueOutboxAsync(Now, ignoreBackoff: false, 10, ct));
        Assert.Single(await daemon.Store.DueOutboxAsync(Now, ignoreBackoff: true, 10, ct));
        await daemon.Store.MarkSentAsync(due.Id, Now, ct);
        Assert.Equal(0, await daemon.Store.UnsentCountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Bookkeeping_commits_skip_the_disk_sync_and_the_processing_transaction_never_does(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct));
        await daemon.Store.MigrateAsync(ct);
        var setting = provider == StorageProvider.Sqlite ? "PRAGMA synchronous" : "SHOW synchronous_commit";
        if (provider == StorageProvider.PostgreSQL)
        {
            // The bed runs with synchronous_commit off for speed; this fresh database gets a production server's default.
            await using var connection = await daemon.Store.OpenAsync(ct);
            await Db.ExecuteAsync(connection, null, "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET synchronous_commit = on', current_database()); END $$", ct);
            Npgsql.NpgsqlConnection.ClearAllPools();
        }

        // Twice each way: the second open reuses the pooled connection the first one left behind.
        for (var round = 0; round < 2; round++)
        {
            await using (var bookkeeping = await daemon.Store.OpenForBookkeepingAsync(ct))
            {
                var relaxed = Convert.ToString(await Db.ScalarAsync(bookkeeping, null, setting, ct), CultureInfo.InvariantCulture);
                Assert.Equal(provider == StorageProvider.Sqlite ? "1" : "off", relaxed);
            }

            await using var transaction = await daemon.Store.BeginAsync(ct);
            var durable = Convert.ToString(await Db.ScalarAsync(transaction.Connection, transaction.Transaction, setting, ct), CultureInfo.InvariantCulture);
            Assert.Equal(provider == StorageProvider.Sqlite ? "2" : "on", durable);
        }
    }
}
