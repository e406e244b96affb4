using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Storage;

/// <summary><c>db copy</c>: an SQLite store that has been through the whole workflow moved into an empty real
/// PostgreSQL database, where a daemon carries on from it.</summary>
public sealed class StoreCopyTests(PgBedFixture pg)
{
    private static readonly Dictionary<string, string?> Desk = new()
    {
        ["Operators:Addresses:0"] = "ops@example.com",
        ["Operators:TrustedAuthServId"] = "mx.example.com",
        ["Mail:MaxRepliesPerSenderPerHour"] = "1000",
    };

    [Fact]
    public async Task A_store_through_the_whole_workflow_is_copied_and_a_daemon_on_postgresql_carries_on()
    {
        var ct = TestContext.Current.CancellationToken;
        var target = await pg.NewDatabaseAsync(ct);
        await using var sqlite = new DaemonHarness(Desk);

        // Two complete requests and one incomplete; the first goes to completion, the second to its porting date.
        var inbox = Path.Combine(sqlite.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.CompleteRequest("client@example.ca", "porting@localhost").WriteToAsync(Path.Combine(inbox, "a.eml"), ct);
        await MailMaker.CompleteRequest("other@example.ca", "porting@localhost").WriteToAsync(Path.Combine(inbox, "b.eml"), ct);
        await MailMaker.EnglishTextOnly("late@example.com", "porting@localhost").WriteToAsync(Path.Combine(inbox, "c.eml"), ct);
        await sqlite.RunOnceAsync(ct);
        var reviewed = Outbox(sqlite).Where(r => r.Headers[ReplyHeaders.State] == "in-review").Select(r => r.Headers[ReplyHeaders.Request]!).ToList();
        Assert.Equal(2, reviewed.Count);
        var operations = sqlite.Services.GetRequiredService<WorkflowOperations>();
        foreach (var id in reviewed)
        {
            await ApplyAsync(operations, id, "/approve", ct);
            await ApplyAsync(operations, id, "/submitted", ct);
            await ApplyAsync(operations, id, "/carrier-approved 2027-01-12 09:30", ct);
        }

        await ApplyAsync(operations, reviewed[0], "/completed", ct);
        await sqlite.Services.GetRequiredService<OperatorAccounts>().SetPasswordHashAsync("ops@example.com", "hash", ct);
        var before = await CountsAsync(sqlite.Store, ct);

        var copied = await sqlite.Services.GetRequiredService<StoreCopy>().CopyToAsync(target, ct);

        Assert.Equal(before.Where(t => t.Value > 0).ToDictionary(), copied.Where(t => t.Rows > 0).ToDictionary(t => t.Table, t => t.Rows));
        foreach (var table in new[] { "port_requests", "messages", "documents", "transitions", "outbox", "ledger", "operator_accounts", "verdicts" })
        {
            Assert.True(before[table] > 0, table + " is empty in the source: the test proves nothing for it");
        }

        // A second copy into the same, now full, database is refused before anything is written.
        var refused = await Assert.ThrowsAsync<StoreCopyRefusedException>(() => sqlite.Services.GetRequiredService<StoreCopy>().CopyToAsync(target, ct));
        Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);

        // The daemon on PostgreSQL: the same history, the second request completed, a new request numbered after the others.
        await using var postgres = new DaemonHarness(new Dictionary<string, string?>(Desk) { ["Storage:Provider"] = "PostgreSQL", ["Storage:ConnectionString"] = target });
        Assert.Equal(before, await CountsAsync(postgres.Store, ct));
        var pgOperations = postgres.Services.GetRequiredService<WorkflowOperations>();
        Assert.Equal(
            await operations.ShowAsync(reviewed[0], ct),
            await pgOperations.ShowAsync(reviewed[0], ct));
        await ApplyAsync(pgOperations, reviewed[1], "/completed", ct);
        Assert.Equal(PortState.Completed, (await postgres.Store.FindRequestAsync(reviewed[1], ct))?.State);

        var pgInbox = Path.Combine(postgres.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(pgInbox);
        await MailMaker.EnglishTextOnly("new@example.com", "porting@localhost", 2).WriteToAsync(Path.Combine(pgInbox, "d.eml"), ct);
        var round = await postgres.RunOnceAsync(ct);
        Assert.Equal(1, round.Summary.Answered);
        var after = await CountsAsync(postgres.Store, ct);
        Assert.Equal(before["port_requests"] + 1, after["port_requests"]);
        var ids = (await pgOperations.ListAsync([], 10, ct)).Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    private static async Task ApplyAsync(WorkflowOperations operations, string id, string command, CancellationToken ct)
    {
        var parsed = OperatorCommandParser.Parse(command).Command!;
        Assert.True((await operations.ApplyAsync(id, parsed, "alice", ct)).Outcome.Accepted, command);
    }

    /// <summary>Rows per table, the schema version aside.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(DaemonStore store, CancellationToken ct)
    {
        string[] tables = ["port_requests", "request_counters", "messages", "documents", "verdicts", "transitions", "outbox", "ledger", "processing_attempts", "claims", "operator_accounts"];
        await using var connection = await store.OpenAsync(ct);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = Convert.ToInt64(await Db.ScalarAsync(connection, null, $"SELECT COUNT(*) FROM {table}", ct), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    private static List<MimeMessage> Outbox(DaemonHarness daemon) =>
        [.. new DirectoryInfo(Path.Combine(daemon.DataFolder, "mail", "outbox")).GetFiles("*.eml").OrderBy(f => f.LastWriteTimeUtc).Select(f => MimeMessage.Load(f.FullName))];
}
