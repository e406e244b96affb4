using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>A poll's batch is processed in one transaction (or in bounded parts of it), each message under a
/// savepoint of its own: one commit for the batch, and a message whose storing fails undone alone while the
/// others are stored and answered.</summary>
public sealed class BatchCommitTests(PgBedFixture bed)
{
    private const string Refused = "customer3@example.com";

    [Theory]
    [InlineData(null, "00:00:05", 1)]
    [InlineData(2, "00:00:05", 3)]
    [InlineData(null, "00:00:00", 6)]
    public async Task A_batch_commits_once_or_in_bounded_parts(int? messagesPerCommit, string commitAfter, int expectedCommits)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Poll:CommitAfter"] = commitAfter };
        if (messagesPerCommit is { } perCommit)
        {
            settings["Poll:MessagesPerCommit"] = perCommit.ToString(CultureInfo.InvariantCulture);
        }

        await using var daemon = new DaemonHarness(settings, services => services.AddSingleton<ISqlDialect>(sp =>
            new CommitCountingSqlite(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString)));
        var sqlite = (CommitCountingSqlite)daemon.Services.GetRequiredService<ISqlDialect>();
        await daemon.Store.MigrateAsync(ct);
        await WriteRequestsAsync(daemon, 6, ct);
        sqlite.Reset();

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(6, result.Summary.Answered);
        Assert.Equal(expectedCommits, sqlite.Commits);
        Assert.Equal(6, Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox")).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "inbox")));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_message_whose_storing_fails_is_undone_alone_and_the_others_are_answered(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Poll:MessagesPerCommit"] = "25", ["Poll:CommitAfter"] = "00:00:05" };
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, settings));
        await daemon.Store.MigrateAsync(ct);
        await RefuseRepliesToAsync(daemon.Store, provider, ct);
        await WriteRequestsAsync(daemon, 6, ct);

        var result = await daemon.RunOnceAsync(ct);

        // The refused one's reply is the last thing written for it: its request, message, verdict and
        // transition, written before under the same savepoint, are gone with it.
        Assert.True(result.Polled);
        Assert.Equal(5, result.Summary.Answered);
        Assert.Equal(1, result.Summary.Failed);
        Assert.True(result.NeedsAttention);
        Assert.Equal(0L, await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM port_requests WHERE customer = '{Refused}'", ct));
        Assert.Equal(0L, await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM messages WHERE sender = '{Refused}'", ct));
        Assert.Equal(5L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM port_requests", ct));
        Assert.Equal(5L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM verdicts", ct));
        Assert.Equal(5L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL", ct));
        Assert.Equal(5L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM ledger WHERE outcome = 'answered'", ct));
        Assert.Equal(1L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM ledger WHERE outcome = 'failed' AND message_row IS NULL", ct));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox")).Length);

        // All six are done: moved out of the inbox, none tried again.
        Assert.Empty(Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "inbox")));
        var again = await daemon.RunOnceAsync(ct);
        Assert.Equal(0, again.Summary.Total);
        Assert.Equal(0L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM processing_attempts", ct));
    }

    [Fact]
    public async Task A_transient_failure_commits_the_messages_before_it_and_leaves_the_rest_to_the_next_poll()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Poll:MessagesPerCommit"] = "25", ["Poll:CommitAfter"] = "00:00:05" };
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(StorageProvider.PostgreSQL, bed, ct, settings));
        await daemon.Store.MigrateAsync(ct);
        await ExecuteAsync(
            daemon.Store,
            [
                // A serialization failure (40001): the database's fault, not the message's.
                $"CREATE FUNCTION refuse_reply() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.recipient = '{Refused}' THEN RAISE EXCEPTION 'try again' USING ERRCODE = '40001'; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER refuse_reply BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_reply()",
            ],
            ct);
        await WriteRequestsAsync(daemon, 6, ct);

        var first = await daemon.RunOnceAsync(ct);

        Assert.False(first.Polled);
        Assert.Equal(2L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM ledger WHERE outcome = 'answered'", ct));
        Assert.Equal(0L, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM ledger WHERE outcome = 'failed'", ct));

        await ExecuteAsync(daemon.Store, ["DROP TRIGGER refuse_reply ON outbox"], ct);
        var second = await daemon.RunOnceAsync(ct);

        Assert.True(second.Polled);
        Assert.Equal(4, second.Summary.Answered);
        Assert.Equal(2, second.Summary.Duplicates); // the two committed before the failure, only moved now
        var replies = Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox"), "*.eml").Select(f => MimeKit.MimeMessage.Load(f).InReplyTo).ToList();
        Assert.Equal(6, replies.Distinct().Count());
        Assert.Equal(6, replies.Count);
        Assert.Empty(Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "inbox")));
    }

    /// <summary>A trigger refusing the reply to one customer: a real failure of the store, late in the message's work.</summary>
    private static async Task RefuseRepliesToAsync(DaemonStore store, StorageProvider provider, CancellationToken ct)
    {
        string[] statements = provider == StorageProvider.PostgreSQL
            ?
            [
                $"CREATE FUNCTION refuse_reply() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.recipient = '{Refused}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$",
                "CREATE TRIGGER refuse_reply BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION refuse_reply()",
            ]
            : [$"CREATE TRIGGER refuse_reply BEFORE INSERT ON outbox WHEN NEW.recipient = '{Refused}' BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"];
        await ExecuteAsync(store, statements, ct);
    }

    private static async Task ExecuteAsync(DaemonStore store, string[] statements, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task WriteRequestsAsync(DaemonHarness daemon, int count, CancellationToken ct)
    {
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 1; i <= count; i++)
        {
            await MailMaker.EnglishTextOnly($"customer{i}@example.com", "porting@example.com", i).WriteToAsync(Path.Combine(inbox, $"request{i}.eml"), ct);
        }
    }
}
