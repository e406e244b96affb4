using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Scheduling;

/// <summary>Retention in the embedded mode, with the clock driven by the test: a closed request past its period
/// loses its mail (database and files) and keeps its audit trail; a recent one keeps everything; a dry run changes nothing.</summary>
public sealed class RetentionPurgerTests(PgBedFixture bed)
{
    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Purge_closed_request_older_than_period_loses_mail_keeps_transitions_and_verdicts_recent_keeps_all(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 15, 0, 0, TimeSpan.Zero));
        await using var daemon = new DaemonHarness(
            await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com", ["Retention:ClosedRequestDays"] = "90" }),
            s => s.AddSingleton<TimeProvider>(clock));
        var operations = daemon.Services.GetRequiredService<WorkflowOperations>();
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        var processed = Path.Combine(daemon.DataFolder, "mail", "processed");
        Directory.CreateDirectory(inbox);

        await MailMaker.EnglishTextOnly("old@example.com", "porting@localhost", 1).WriteToAsync(Path.Combine(inbox, "old.eml"), ct);
        Assert.Equal(1, (await daemon.RunOnceAsync(ct)).Summary.Answered);
        var old = await ScalarAsync<string>(daemon, "SELECT id FROM port_requests WHERE customer LIKE '%old@example.com%'", ct);
        Assert.True((await operations.ApplyAsync(old, new OperatorCommand(WorkflowAction.Cancel, "customer withdrew"), "alice", ct)).Outcome.Accepted);

        clock.Advance(TimeSpan.FromDays(91));
        await MailMaker.EnglishTextOnly("recent@example.com", "porting@localhost", 2).WriteToAsync(Path.Combine(inbox, "recent.eml"), ct);
        Assert.Equal(1, (await daemon.RunOnceAsync(ct)).Summary.Answered);
        var recent = await ScalarAsync<string>(daemon, "SELECT id FROM port_requests WHERE customer LIKE '%recent@example.com%'", ct);
        Assert.True((await operations.ApplyAsync(recent, new OperatorCommand(WorkflowAction.Cancel, "customer withdrew"), "alice", ct)).Outcome.Accepted);
        Assert.Equal(2, Directory.GetFiles(processed).Length);
        var oldTransitions = await CountAsync(daemon, "transitions", old, ct);
        var oldVerdicts = await CountAsync(daemon, "verdicts", old, ct);
        Assert.True(oldTransitions > 0 && oldVerdicts > 0);
        var oldMessages = await CountAsync(daemon, "messages", old, ct);
        var purger = daemon.Services.GetRequiredService<RetentionPurger>();

        var dry = await purger.PurgeAsync(dryRun: true, ct);

        Assert.NotEmpty(dry.Messages);
        Assert.All(dry.Messages, m => Assert.Equal(old, m.RequestId));
        Assert.Equal(oldMessages, dry.Messages.Count);
        Assert.Equal(0, await ScalarAsync<long>(daemon, "SELECT COUNT(*) FROM messages WHERE length(raw) = 0", ct));
        Assert.Equal(2, Directory.GetFiles(processed).Length);
        Assert.Contains(dry.Copies.Found, f => f.EndsWith("old.eml", StringComparison.Ordinal));
        Assert.DoesNotContain(dry.Copies.Found, f => f.EndsWith("recent.eml", StringComparison.Ordinal));

        var done = await purger.PurgeAsync(dryRun: false, ct);

        Assert.Equal(dry.Messages.Select(m => m.MessageRow), done.Messages.Select(m => m.MessageRow));
        Assert.Equal(oldMessages, await ScalarAsync<long>(daemon, $"SELECT COUNT(*) FROM messages WHERE request_id = '{old}' AND length(raw) = 0", ct));
        Assert.Equal(0, await ScalarAsync<long>(daemon, $"SELECT COUNT(*) FROM messages WHERE request_id = '{recent}' AND length(raw) = 0", ct));
        Assert.Equal(0, await ScalarAsync<long>(daemon, $"SELECT COUNT(*) FROM outbox WHERE request_id = '{recent}' AND length(raw) = 0", ct));
        Assert.Equal(oldTransitions, await CountAsync(daemon, "transitions", old, ct));
        Assert.Equal(oldVerdicts, await CountAsync(daemon, "verdicts", old, ct));
        Assert.Equal(["recent.eml"], Directory.GetFiles(processed).Select(Path.GetFileName));
        Assert.Contains("cancel", await operations.ShowAsync(old, ct), StringComparison.Ordinal);

        // Nothing is due twice.
        Assert.Empty((await purger.PurgeAsync(dryRun: true, ct)).Messages);
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Purge_rate_limited_after_seven_days_and_abandoned_needs_info_after_its_period_each_on_its_own_clock(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
        await using var daemon = new DaemonHarness(
            await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Mail:MaxRepliesPerSenderPerHour"] = "1", ["Retention:NeedsInfoDays"] = "60", ["Retention:UnansweredMailDays"] = "7" }),
            s => s.AddSingleton<TimeProvider>(clock));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("waiting@example.com", "porting@localhost", 1).WriteToAsync(Path.Combine(inbox, "1.eml"), ct);
        await MailMaker.EnglishTextOnly("waiting@example.com", "porting@localhost", 2).WriteToAsync(Path.Combine(inbox, "2.eml"), ct);
        var first = await daemon.RunOnceAsync(ct);
        Assert.Equal(1, first.Summary.Answered);
        Assert.Equal(1, first.Summary.RateLimited);
        var request = await ScalarAsync<string>(daemon, "SELECT id FROM port_requests", ct);
        Assert.Equal("needs-info", await ScalarAsync<string>(daemon, "SELECT state FROM port_requests", ct));
        var verdicts = await CountAsync(daemon, "verdicts", request, ct);
        var purger = daemon.Services.GetRequiredService<RetentionPurger>();

        clock.Advance(TimeSpan.FromDays(6));
        Assert.Empty((await purger.PurgeAsync(dryRun: true, ct)).Messages);

        clock.Advance(TimeSpan.FromDays(2));
        var week = await purger.PurgeAsync(dryRun: false, ct);

        var limited = Assert.Single(week.Messages);
        Assert.Contains("rate-limited", limited.Reason, StringComparison.Ordinal);
        Assert.Equal(1, await ScalarAsync<long>(daemon, "SELECT COUNT(*) FROM messages WHERE outcome = 'rate-limited' AND length(raw) = 0", ct));
        Assert.Equal(1, await ScalarAsync<long>(daemon, "SELECT COUNT(*) FROM messages WHERE outcome = 'answered' AND length(raw) > 0", ct));

        clock.Advance(TimeSpan.FromDays(53));
        var abandoned = await purger.PurgeAsync(dryRun: false, ct);

        Assert.NotEmpty(abandoned.Messages);
        Assert.All(abandoned.Messages, m => Assert.Equal(request, m.RequestId));
        Assert.Equal(0, await ScalarAsync<long>(daemon, "SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct));
        Assert.Equal(verdicts, await CountAsync(daemon, "verdicts", request, ct));
        Assert.Equal("needs-info", await ScalarAsync<string>(daemon, "SELECT state FROM port_requests", ct));
        Assert.Empty(Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "processed")));
    }

    private static async Task<long> CountAsync(DaemonHarness daemon, string table, string requestId, CancellationToken ct) =>
        await ScalarAsync<long>(daemon, $"SELECT COUNT(*) FROM {table} WHERE request_id = '{requestId}'", ct);

    private static async Task<T> ScalarAsync<T>(DaemonHarness daemon, string sql, CancellationToken ct)
    {
        await using var connection = await daemon.Store.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }
}
