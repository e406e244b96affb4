using MailKit;
using MailKit.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Retention through real Postfix and Dovecot: the purge erases the IMAP Processed copies of the
/// messages it blanks (a closed request's and a failed message of no request), found by exact Message-ID; a
/// recent request's copy stays, even one whose Message-ID contains the purged one. Serial: another mail-bed
/// test stops Postfix for a while.</summary>
[Collection(SerialMailBedCollection.Name)]
public sealed class RetentionMailBedTests(MailBedFixture bed)
{
    private const int Lane = 16;

    [Fact]
    public async Task Purge_erases_processed_copies_of_purged_mail_only_and_keeps_the_audit_trail()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var customer = MailBedFixture.Customer(Lane);
        var bot = MailBedFixture.Bot(Lane);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = MailBedSettings.For(bed, Lane);
        settings["Retention:ClosedRequestDays"] = "90";
        settings["Retention:UnattachedMailDays"] = "30";
        await using var daemon = new DaemonHarness(settings, s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IRequestChecker>(sp => new BrokenSubjectChecker(sp.GetRequiredService<IntakePipeline>(), clock)));
        var operations = daemon.Services.GetRequiredService<WorkflowOperations>();

        // An old request, answered then cancelled, and a message the engine failed on (it belongs to no request).
        var old = MailMaker.EnglishTextOnly(customer, bot, 1);
        var broken = MailMaker.Request(MailBedFixture.Stranger, bot, "BROKEN request", "Hello,\n\nPlease port 604-555-0199.\n");
        await bed.SendAsync(old, ct);
        await bed.SendAsync(broken, ct);
        await bed.WaitForAsync(bot, 2, ct);
        var first = await daemon.RunOnceAsync(ct);
        Assert.Equal(1, first.Summary.Answered);
        var oldId = await daemon.Store.ScalarStringAsync($"SELECT request_id FROM messages WHERE message_id = '{old.MessageId}'", ct);
        Assert.Equal("failed", await daemon.Store.ScalarStringAsync($"SELECT outcome FROM messages WHERE message_id = '{broken.MessageId}' AND request_id IS NULL", ct));
        Assert.True((await operations.ApplyAsync(oldId, new OperatorCommand(WorkflowAction.Cancel, "customer withdrew"), "alice", ct)).Outcome.Accepted);

        // 91 days later, a new request whose Message-ID contains the old one (IMAP SEARCH matches substrings).
        clock.Advance(TimeSpan.FromDays(91));
        var recent = MailMaker.EnglishTextOnly(customer, bot, 2);
        recent.MessageId = "x" + old.MessageId;
        await bed.SendAsync(recent, ct);
        await bed.WaitForAsync(bot, 1, ct);
        Assert.Equal(1, (await daemon.RunOnceAsync(ct)).Summary.Answered);
        var recentId = await daemon.Store.ScalarStringAsync($"SELECT request_id FROM messages WHERE message_id = '{recent.MessageId}'", ct);
        Assert.NotEqual(oldId, recentId);
        // In any order: Postfix may deliver the first two messages either way round.
        Assert.Equal(new[] { old.MessageId!, broken.MessageId!, recent.MessageId! }.Order(StringComparer.Ordinal), (await ProcessedMessageIdsAsync(bot, ct)).Order(StringComparer.Ordinal));
        var audit = await AuditAsync(daemon, oldId, ct);
        var rawBefore = await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct);
        var purger = daemon.Services.GetRequiredService<RetentionPurger>();

        var dry = await purger.PurgeAsync(dryRun: true, ct);

        Assert.Equal(2, dry.Copies.Found.Count);
        Assert.Empty(dry.Copies.NotFound);
        Assert.Equal(3, (await ProcessedMessageIdsAsync(bot, ct)).Count);
        Assert.Equal(rawBefore, await daemon.Store.ScalarLongAsync("SELECT COUNT(*) FROM messages WHERE length(raw) > 0", ct));

        var done = await purger.PurgeAsync(dryRun: false, ct);

        Assert.Equal(dry.Messages.Select(m => m.MessageRow), done.Messages.Select(m => m.MessageRow));
        Assert.Contains(done.Messages, m => m.RequestId is null && m.Reason == "unattached failed");
        Assert.Equal(2, done.Copies.Found.Count);
        Assert.Equal([recent.MessageId!], await ProcessedMessageIdsAsync(bot, ct));
        Assert.Equal(0, await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM messages WHERE (request_id = '{oldId}' OR request_id IS NULL) AND length(raw) > 0", ct));
        Assert.Equal(0, await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM messages WHERE request_id = '{recentId}' AND length(raw) = 0", ct));
        Assert.Equal(audit, await AuditAsync(daemon, oldId, ct));
        Assert.Equal("failed", await daemon.Store.ScalarStringAsync($"SELECT outcome FROM messages WHERE message_id = '{broken.MessageId}'", ct));

        // Nothing is due twice, and the recent request's copy is still there.
        Assert.Empty((await purger.PurgeAsync(dryRun: true, ct)).Messages);
        Assert.Single(await ProcessedMessageIdsAsync(bot, ct));
    }

    /// <summary>The Message-IDs in the bot's Processed folder, read with a client of the test's own.</summary>
    private async Task<List<string>> ProcessedMessageIdsAsync(string bot, CancellationToken ct)
    {
        using var client = await bed.ConnectAsync(bot, ct);
        var processed = await client.GetFolderAsync("Processed", ct);
        await processed.OpenAsync(FolderAccess.ReadOnly, ct);
        var uids = await processed.SearchAsync(SearchQuery.All, ct);
        var summaries = uids.Count == 0 ? [] : await processed.FetchAsync(uids, MessageSummaryItems.Envelope | MessageSummaryItems.UniqueId, ct);
        await client.DisconnectAsync(true, ct);
        return summaries.OrderBy(s => s.UniqueId.Id).Select(s => s.Envelope?.MessageId ?? "").ToList();
    }

    /// <summary>The request's state, transitions, verdicts and message rows: what a purge must leave.</summary>
    private static async Task<string> AuditAsync(DaemonHarness daemon, string requestId, CancellationToken ct) => string.Join(
        "|",
        await daemon.Store.ScalarStringAsync($"SELECT state FROM port_requests WHERE id = '{requestId}'", ct),
        await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM transitions WHERE request_id = '{requestId}'", ct),
        await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM verdicts WHERE request_id = '{requestId}'", ct),
        await daemon.Store.ScalarLongAsync($"SELECT COUNT(*) FROM messages WHERE request_id = '{requestId}'", ct));

    /// <summary>The test engine, failing on a subject with BROKEN: a message that could not be checked.</summary>
    private sealed class BrokenSubjectChecker(IntakePipeline pipeline, TimeProvider time) : IRequestChecker
    {
        private readonly TestRequestChecker _inner = new(pipeline, time);

        public DateOnly Today() => _inner.Today();

        public IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken) =>
            thread[^1].Subject?.Contains("BROKEN", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("engine defect (test)")
                : _inner.Check(thread, readBefore, file, asOf, cancellationToken);
    }
}
