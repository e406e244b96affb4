using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;
using Quartz;

namespace PortMailBot.Daemon.Tests.Scheduling;

/// <summary>The business-day timers of several instances on one real PostgreSQL database: each due step is
/// taken once across the instances, on Quartz's clustered job store, and the timers' run of an instance that
/// stopped dead is recovered by another.</summary>
// Alone: the recovery test times Quartz's check-ins and lock waits, which other classes' load on the same
// PostgreSQL server stretched past its lease (25P02 at an instance's start in CI).
[Collection(PortMailBot.Daemon.Tests.MailBed.SerialMailBedCollection.Name)]
public sealed class ClusteredTimersTests(PgBedFixture pg)
{
    /// <summary>Monday 2026-11-30, 10:00 Eastern: the requests arrive.</summary>
    private static readonly DateTimeOffset Arrival = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 2026-12-07, 11:00 Eastern: a week without an answer, the needs-info follow-up is due.</summary>
    private static readonly DateTimeOffset WeekLater = new(2026, 12, 7, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Timers_run_by_three_instances_at_the_same_moment_take_each_due_step_once()
    {
        var ct = TestContext.Current.CancellationToken;
        const int requests = 20;
        var settings = await SeedNeedsInfoAsync(requests, ct);
        var instances = Enumerable.Range(0, 3).Select(_ => new DaemonHarness(settings, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(WeekLater)))).ToList();
        try
        {
            var taken = await Task.WhenAll(instances.Select(i => i.Services.GetRequiredService<WorkflowTimers>().RunAsync(ct)));

            TestContext.Current.TestOutputHelper?.WriteLine($"steps per instance: {string.Join(", ", taken)}");
            Assert.Equal(requests, taken.Sum());
            Assert.Equal((requests, requests), await FollowUpsAsync(instances[0].Store, ct));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Three_instances_on_the_clustered_schedule_send_each_follow_up_once()
    {
        var ct = TestContext.Current.CancellationToken;
        const int requests = 20;
        var settings = await SeedNeedsInfoAsync(requests, ct);
        var clock = new ShiftedClock(WeekLater);
        var gates = Enumerable.Range(0, 3).Select(_ => new JobGate()).ToList();
        var hosts = gates.Select(g => new DeskHost(settings, clock, q => q.AddJobListener(g, [Matchers.Key(WorkflowTimersJob.Key)]))).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.StartAsync(ct)));
            var store = hosts[0].Services.GetRequiredService<DaemonStore>();
            await WaitForAsync(async () => (await FollowUpsAsync(store, ct)).Steps >= requests, ct);

            // Several more runs of the timers, wherever they happen: none takes a step again.
            await Task.Delay(TimeSpan.FromSeconds(4), ct);
            TestContext.Current.TestOutputHelper?.WriteLine($"timer runs per instance: {string.Join(", ", gates.Select(g => g.Runs))}");
            Assert.Equal((requests, requests), await FollowUpsAsync(store, ct));
            Assert.Equal(2 * requests, await CountAsync(store, "SELECT COUNT(*) FROM outbox", ct));
            Assert.Equal(3, await CountAsync(store, "SELECT COUNT(*) FROM qrtz_scheduler_state", ct));
            Assert.True(gates.Sum(g => g.Runs) >= 4, "the timers did not keep running");
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }

            clock.Dispose();
        }
    }

    [Fact]
    public async Task The_timers_run_of_an_instance_that_stopped_dead_is_recovered_by_another()
    {
        var ct = TestContext.Current.CancellationToken;
        const int requests = 10;
        var settings = await SeedNeedsInfoAsync(requests, ct);
        var deadClock = new ShiftedClock(WeekLater);
        var liveClock = new ShiftedClock(WeekLater);
        var held = new JobGate { HoldFirst = true };
        var survivor = new JobGate();
        var dying = new DeskHost(settings, deadClock, q => q.AddJobListener(held, [Matchers.Key(WorkflowTimersJob.Key)]));
        DeskHost? other = null;
        try
        {
            // The first instance starts its timers' run, then stops dead before taking a step: its scheduler,
            // its check-ins and the run itself are frozen, as a killed process's would be.
            await dying.StartAsync(ct);
            await held.Entered.WaitAsync(TimeSpan.FromSeconds(30), ct);
            deadClock.Freeze();
            var store = dying.Services.GetRequiredService<DaemonStore>();
            Assert.Equal(1, await CountAsync(store, "SELECT COUNT(*) FROM qrtz_fired_triggers WHERE requests_recovery", ct));

            // The timers' job runs one at a time across the cluster, so nothing else takes the steps until
            // another instance writes the dead one off (a lease after its last check-in) and recovers its run.
            other = new DeskHost(settings, liveClock, q => q.AddJobListener(survivor, [Matchers.Key(WorkflowTimersJob.Key)]));
            await other.StartAsync(ct);
            await WaitForAsync(async () => (await FollowUpsAsync(store, ct)).Steps >= requests, ct);
            await Task.Delay(TimeSpan.FromSeconds(3), ct);

            TestContext.Current.TestOutputHelper?.WriteLine($"survivor: {survivor.Runs} runs, {survivor.Recoveries} recoveries");
            Assert.True(survivor.Recoveries >= 1, "the dead instance's run was not recovered");
            Assert.Equal((requests, requests), await FollowUpsAsync(store, ct));

            // Should the dead instance come back after all, its held run finds every step taken.
            deadClock.Thaw();
            held.Release();
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            Assert.Equal((requests, requests), await FollowUpsAsync(store, ct));
        }
        finally
        {
            deadClock.Thaw();
            held.Release();
            await dying.DisposeAsync();
            if (other is not null)
            {
                await other.DisposeAsync();
            }

            deadClock.Dispose();
            liveClock.Dispose();
        }
    }

    [Fact]
    public async Task A_node_frozen_while_holding_quartzs_lock_is_ended_by_the_server_after_a_lease()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = await StoreProviders.SettingsAsync(StorageProvider.PostgreSQL, pg, ct);
        await using (var migrated = new DaemonHarness(settings))
        {
            await migrated.Store.MigrateAsync(ct);
        }

        var storage = new StorageOptions { Provider = StorageProvider.PostgreSQL, ConnectionString = settings["Storage:ConnectionString"]!, ClaimLease = TimeSpan.FromSeconds(1) };
        const string TakeTheLock = "SELECT lock_name FROM qrtz_locks WHERE sched_name = 'portmailbot-desk' AND lock_name = 'TRIGGER_ACCESS' FOR UPDATE";

        // The frozen node: it took the lock as Quartz does, then stopped issuing commands.
        await using var frozen = new NpgsqlConnection(DeskSchedule.SchedulerConnectionString(storage));
        await frozen.OpenAsync(ct);
        await using var frozenTransaction = await frozen.BeginTransactionAsync(ct);
        await using (var take = new NpgsqlCommand(TakeTheLock, frozen, frozenTransaction))
        {
            Assert.Equal("TRIGGER_ACCESS", await take.ExecuteScalarAsync(ct));
        }

        // Another node waits for the lock far longer than a lease, and gets it soon after one.
        await using var other = new NpgsqlConnection(settings["Storage:ConnectionString"]);
        await other.OpenAsync(ct);
        await using var otherTransaction = await other.BeginTransactionAsync(ct);
        await using (var wait = new NpgsqlCommand("SET LOCAL lock_timeout = '20s'", other, otherTransaction))
        {
            await wait.ExecuteNonQueryAsync(ct);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        await using (var take = new NpgsqlCommand(TakeTheLock, other, otherTransaction))
        {
            Assert.Equal("TRIGGER_ACCESS", await take.ExecuteScalarAsync(ct));
        }

        Assert.InRange(waited.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
    }

    /// <summary>A fresh PostgreSQL database with <paramref name="requests"/> text-only requests answered
    /// "needs-info" a week before <see cref="WeekLater"/>; the settings the instances share.</summary>
    private async Task<Dictionary<string, string?>> SeedNeedsInfoAsync(int requests, CancellationToken ct)
    {
        var settings = await StoreProviders.SettingsAsync(StorageProvider.PostgreSQL, pg, ct, new()
        {
            ["Mail:MaxRepliesPerSenderPerHour"] = "1000",
            ["Mail:MaxRepliesPerHour"] = "1000",
            ["Workflow:NeedsInfoFollowUpDays"] = "5",
            ["Workflow:AbandonAfterDays"] = "14",
            ["Workflow:TimersInterval"] = "00:00:01",
            ["Storage:ClaimLease"] = "00:00:08",
        });
        await using var seeder = new DaemonHarness(settings, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Arrival)));
        var inbox = Path.Combine(seeder.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= requests; i++)
        {
            await MailMaker.EnglishTextOnly("late@example.com", "porting@localhost", i).WriteToAsync(Path.Combine(inbox, $"{i}.eml"), ct);
        }

        await seeder.RunOnceAsync(ct);
        Assert.Equal(requests, await CountAsync(seeder.Store, "SELECT COUNT(*) FROM port_requests WHERE state = 'needs-info'", ct));
        return settings;
    }

    /// <summary>Follow-up steps taken, and on how many requests.</summary>
    private static async Task<(int Steps, int Requests)> FollowUpsAsync(DaemonStore store, CancellationToken ct) =>
        (await CountAsync(store, $"SELECT COUNT(*) FROM transitions WHERE action = '{WorkflowAction.FollowUp.Name()}'", ct),
         await CountAsync(store, $"SELECT COUNT(DISTINCT request_id) FROM transitions WHERE action = '{WorkflowAction.FollowUp.Name()}'", ct));

    private static async Task<int> CountAsync(DaemonStore store, string sql, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        return Convert.ToInt32(await Db.ScalarAsync(connection, null, sql, ct), CultureInfo.InvariantCulture);
    }

    private static async Task WaitForAsync(Func<Task<bool>> done, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(250, ct);
        }
    }
}
