using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

/// <summary>The operator workflow from the command line (the <c>requests</c> operations) and the timers,
/// in the embedded mode: replies are <c>.eml</c> files in the local outbox.</summary>
public sealed class WorkflowOperationsTests(PgBedFixture bed)
{
    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task The_command_line_takes_a_request_to_completion_with_the_same_replies(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com" }));
        var id = await InReviewRequestAsync(daemon, ct);
        var operations = daemon.Services.GetRequiredService<WorkflowOperations>();

        var refused = await operations.ApplyAsync(id, new OperatorCommand(WorkflowAction.Completed), "alice", ct);
        Assert.False(refused.Outcome.Accepted);
        Assert.Contains("in-review", refused.Outcome.Refusal, StringComparison.Ordinal);

        Assert.True((await operations.ApplyAsync(id, new OperatorCommand(WorkflowAction.Approve), "alice", ct)).Outcome.Accepted);
        Assert.True((await operations.ApplyAsync(id, new OperatorCommand(WorkflowAction.Submitted), "alice", ct)).Outcome.Accepted);
        var date = OperatorCommandParser.Parse("/carrier-approved 2026-12-14 09:30 Pacific").Command!;
        Assert.True((await operations.ApplyAsync(id, date, "bob", ct)).Outcome.Accepted);
        Assert.True((await operations.ApplyAsync(id, new OperatorCommand(WorkflowAction.Note, "customer called"), "bob", ct)).Outcome.Accepted);
        var (done, unsent) = await operations.ApplyAsync(id, new OperatorCommand(WorkflowAction.Completed), "bob", ct);
        Assert.True(done.Accepted);
        Assert.Equal(0, unsent);

        var replies = Outbox(daemon).Where(r => r.Headers[ReplyHeaders.Request] == id).ToList();
        Assert.Equal(
            ["in-review", "approved", "submitted-to-carrier", "porting-date-set", "completed"],
            replies.Select(r => r.Headers[ReplyHeaders.State]));
        var dateSet = replies[3];
        Assert.Contains("lundi 14 décembre 2026 à 09 h 30, heure du Pacifique (America/Vancouver)", dateSet.TextBody, StringComparison.Ordinal);
        Assert.Contains("ops@example.com", dateSet.Cc.Mailboxes.Select(m => m.Address));
        Assert.All(replies.Skip(1), r => Assert.Contains(replies[0].MessageId, r.References));

        var list = WorkflowOperations.FormatList(await operations.ListAsync([PortState.Completed], 10, ct));
        Assert.Contains(id, list, StringComparison.Ordinal);
        Assert.DoesNotContain(id, WorkflowOperations.FormatList(await operations.ListAsync([PortState.InReview], 10, ct)), StringComparison.Ordinal);

        var shown = await operations.ShowAsync(id, ct);
        Assert.NotNull(shown);
        Assert.Contains("approve            in-review -> approved", shown, StringComparison.Ordinal);
        Assert.Contains("by alice (cli)", shown, StringComparison.Ordinal);
        Assert.Contains("note               (porting-date-set)", shown, StringComparison.Ordinal);
        Assert.Contains("customer called", shown, StringComparison.Ordinal);
        Assert.Contains("2026-12-14 09:30 America/Vancouver", shown, StringComparison.Ordinal);
        Assert.Null(await operations.ShowAsync("PR-1999-000001", ct));
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task Needs_info_is_followed_up_then_closed_and_a_late_review_alerts_the_operators_once(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        // Monday 2026-11-30, 10:00 Eastern.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));
        await using var daemon = new DaemonHarness(
            await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com", ["Workflow:NeedsInfoFollowUpDays"] = "5", ["Workflow:AbandonAfterDays"] = "14" }),
            s => s.AddSingleton<TimeProvider>(clock));
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("late@example.com", "porting@localhost").WriteToAsync(Path.Combine(inbox, "1.eml"), ct);
        await daemon.RunOnceAsync(ct);
        var needsInfoId = Outbox(daemon).Single().Headers[ReplyHeaders.Request]!;
        var reviewId = await InReviewRequestAsync(daemon, ct);
        var timers = daemon.Services.GetRequiredService<WorkflowTimers>();

        Assert.Equal(0, await timers.RunAsync(ct));

        // Tuesday 16:00 Eastern: 1.25 business days in review: one alert, to the operators alone.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 21, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await timers.RunAsync(ct));
        Assert.Equal(0, await timers.RunAsync(ct));

        // Five days later is a Saturday: nothing goes out on a weekend; Monday, the needs-info follow-up, once.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await timers.RunAsync(ct));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await timers.RunAsync(ct));
        Assert.Equal(0, await timers.RunAsync(ct));

        // Fourteen days: closed as abandoned.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 14, 16, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await timers.RunAsync(ct));
        await daemon.RunOnceAsync(ct);

        var replies = Outbox(daemon);
        var alert = Assert.Single(replies, r => (r.Subject ?? "").Contains("review overdue", StringComparison.Ordinal));
        Assert.Equal(reviewId, alert.Headers[ReplyHeaders.Request]);
        Assert.Equal(["ops@example.com"], alert.To.Mailboxes.Select(m => m.Address));
        var followUp = Assert.Single(replies, r => r.Headers[ReplyHeaders.Request] == needsInfoId && (r.Subject ?? "").Contains("still waiting", StringComparison.Ordinal));
        Assert.Equal("needs-info", followUp.Headers[ReplyHeaders.State]);
        var closed = Assert.Single(replies, r => r.Headers[ReplyHeaders.Request] == needsInfoId && r.Headers[ReplyHeaders.State] == "cancelled");
        Assert.Contains("did not receive the missing information", closed.TextBody, StringComparison.Ordinal);
        Assert.Equal("cancelled", (await daemon.Store.FindRequestAsync(needsInfoId, ct))?.State.Name());
    }

    [Theory]
    [MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]
    public async Task A_customer_writing_after_the_review_is_not_checked_again_and_the_operators_are_told(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(await StoreProviders.SettingsAsync(provider, bed, ct, new() { ["Operators:Addresses:0"] = "ops@example.com", ["Operators:TrustedAuthServId"] = "mx.example.com" }));
        var id = await InReviewRequestAsync(daemon, ct);
        var operations = daemon.Services.GetRequiredService<WorkflowOperations>();
        await operations.ApplyAsync(id, new OperatorCommand(WorkflowAction.Approve), "alice", ct);
        var approved = Outbox(daemon)[^1];

        var question = MailMaker.Request("client@example.ca", "porting@localhost", "Re: " + approved.Subject, "Bonjour, une question : quand aurai-je la date ?");
        question.InReplyTo = approved.MessageId;
        question.References.Add(approved.MessageId!);
        await question.WriteToAsync(Path.Combine(daemon.DataFolder, "mail", "inbox", "question.eml"), ct);
        await daemon.RunOnceAsync(ct);

        var outbox = Outbox(daemon);
        var notice = outbox[^1];
        Assert.Equal(["ops@example.com"], notice.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("the customer wrote", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("quand aurai-je la date", notice.TextBody, StringComparison.Ordinal);
        Assert.Equal(question.MessageId, notice.InReplyTo);
        Assert.DoesNotContain(outbox, m => m.To.Mailboxes.Any(a => a.Address == "client@example.ca") && m.InReplyTo == question.MessageId);
        Assert.Equal("approved", (await daemon.Store.FindRequestAsync(id, ct))?.State.Name());
    }

    /// <summary>A complete request (public sample 016 with its documents, from TestData) dropped in the local inbox and checked.</summary>
    private static async Task<string> InReviewRequestAsync(DaemonHarness daemon, CancellationToken ct)
    {
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.CompleteRequest("client@example.ca", "porting@localhost").WriteToAsync(Path.Combine(inbox, "complete-request.eml"), ct);
        await daemon.RunOnceAsync(ct);
        var reply = Outbox(daemon).Last(r => r.To.Mailboxes.Any(m => m.Address == "client@example.ca"));
        Assert.Equal("in-review", reply.Headers[ReplyHeaders.State]);
        return reply.Headers[ReplyHeaders.Request]!;
    }

    /// <summary>The local outbox, oldest first.</summary>
    private static List<MimeMessage> Outbox(DaemonHarness daemon) =>
        [.. new DirectoryInfo(Path.Combine(daemon.DataFolder, "mail", "outbox")).GetFiles("*.eml")
            .OrderBy(f => f.LastWriteTimeUtc)
            .Select(f => MimeMessage.Load(f.FullName))];
}
