using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Storage;

/// <summary>Claims and leases on each provider, as several instances on one database take them.</summary>
public sealed class WorkClaimsTests(PgBedFixture bed)
{
    private const string Mailbox = "imap:porting@test/INBOX;7";

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_claimed_message_is_left_to_its_instance_until_the_lease_runs_out(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Storage:ClaimLease"] = "00:01:00" }), s => s.AddSingleton<TimeProvider>(clock));
        await daemon.Store.MigrateAsync(ct);
        var first = Instance(daemon, clock, "first");
        var second = Instance(daemon, clock, "second");

        Assert.True(await first.TryClaimMessageAsync(Mailbox, "5", 5, ct));
        Assert.True(await first.TryClaimMessageAsync(Mailbox, "5", 5, ct));
        Assert.False(await second.TryClaimMessageAsync(Mailbox, "5", 5, ct));

        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await second.TryClaimMessageAsync(Mailbox, "5", 5, ct));
        Assert.False(await first.TryClaimMessageAsync(Mailbox, "5", 5, ct));

        await first.ReleaseMessageAsync(Mailbox, "5", ct);
        Assert.False(await first.TryClaimMessageAsync(Mailbox, "5", 5, ct));
        await second.ReleaseMessageAsync(Mailbox, "5", ct);
        Assert.True(await first.TryClaimMessageAsync(Mailbox, "5", 5, ct));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_poll_starts_below_the_lowest_message_claimed_and_not_ledgered(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var now = new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct));
        await daemon.Store.MigrateAsync(ct);
        var claims = Instance(daemon, TimeProvider.System, "dead");
        await using (var transaction = await daemon.Store.BeginAsync(ct))
        {
            await transaction.InsertLedgerAsync(Mailbox, "10", 10, null, MessageOutcome.Ignored, now, ct);
            await transaction.CommitAsync(ct);
        }

        Assert.Equal(10, await daemon.Store.LastUidAsync(Mailbox, ct));
        Assert.True(await claims.TryClaimMessageAsync(Mailbox, "5", 5, ct));
        Assert.True(await claims.TryClaimMessageAsync(Mailbox, "10", 10, ct));
        Assert.Equal(4, await daemon.Store.LastUidAsync(Mailbox, ct));

        await using (var transaction = await daemon.Store.BeginAsync(ct))
        {
            await transaction.InsertLedgerAsync(Mailbox, "5", 5, null, MessageOutcome.Ignored, now, ct);
            await transaction.CommitAsync(ct);
        }

        Assert.Equal(10, await daemon.Store.LastUidAsync(Mailbox, ct));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Instances_claiming_the_same_messages_at_once_each_get_a_different_share(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct));
        await daemon.Store.MigrateAsync(ct);
        var instances = Enumerable.Range(0, 3).Select(i => Instance(daemon, TimeProvider.System, "i" + i)).ToList();
        var keys = Enumerable.Range(1, 40).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var won = await Task.WhenAll(instances.Select(async claims =>
        {
            var mine = new List<string>();
            foreach (var key in keys)
            {
                if (await claims.TryClaimMessageAsync(Mailbox, key, long.Parse(key, System.Globalization.CultureInfo.InvariantCulture), ct))
                {
                    mine.Add(key);
                }
            }

            return mine;
        }));

        Assert.Equal(keys.Order(StringComparer.Ordinal), won.SelectMany(w => w).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_reply_is_sent_by_the_one_instance_that_claimed_it(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct), s => s.AddSingleton<TimeProvider>(clock));
        var id = await QueueOneReplyAsync(daemon, clock, ct);
        var first = Instance(daemon, clock, "first");
        var second = Instance(daemon, clock, "second");
        Assert.True(await first.TryClaimReplyAsync(id, ct));
        Assert.False(await second.TryClaimReplyAsync(id, ct));
        Assert.Empty(await daemon.Store.DueOutboxAsync(clock.GetUtcNow(), ignoreBackoff: true, 10, ct));

        await daemon.Store.MarkFailedAsync(id, "421 try later", clock.GetUtcNow(), ct);
        Assert.True(await second.TryClaimReplyAsync(id, ct));
        await daemon.Store.MarkSentAsync(id, clock.GetUtcNow(), ct);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.False(await first.TryClaimReplyAsync(id, ct));
        Assert.Empty(await daemon.Store.DueOutboxAsync(clock.GetUtcNow(), ignoreBackoff: true, 10, ct));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_reply_left_claimed_by_a_dead_run_of_the_same_instance_is_due_again_at_once(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct), s => s.AddSingleton<TimeProvider>(clock));
        var id = await QueueOneReplyAsync(daemon, clock, ct);
        Assert.True(await Instance(daemon, clock, "single-instance").TryClaimReplyAsync(id, ct));

        // The run that claimed it died before marking it: the same owner takes it back now, another waits for the lease.
        Assert.Equal(id, Assert.Single(await daemon.Store.DueOutboxAsync(clock.GetUtcNow(), ignoreBackoff: true, 10, "single-instance", ct)).Id);
        Assert.Empty(await daemon.Store.DueOutboxAsync(clock.GetUtcNow(), ignoreBackoff: true, 10, "another", ct));
    }

    /// <summary>One reply put in the outbox and found due: its id.</summary>
    private static async Task<long> QueueOneReplyAsync(DaemonHarness daemon, FakeTimeProvider clock, CancellationToken ct)
    {
        await using (var transaction = await daemon.Store.BeginAsync(ct))
        {
            await transaction.InsertOutboxAsync(null, "<r@x>", "c@example.com", Encoding.ASCII.GetBytes("Subject: r\r\n\r\nx"), clock.GetUtcNow(), ct);
            await transaction.CommitAsync(ct);
        }

        return Assert.Single(await daemon.Store.DueOutboxAsync(clock.GetUtcNow(), ignoreBackoff: false, 10, ct)).Id;
    }

    private static WorkClaims Instance(DaemonHarness daemon, TimeProvider clock, string owner) =>
        new(daemon.Store, daemon.Services.GetRequiredService<ISqlDialect>(), daemon.Services.GetRequiredService<IOptions<StorageOptions>>(), clock, NullLogger<WorkClaims>.Instance) { Owner = owner };
}
