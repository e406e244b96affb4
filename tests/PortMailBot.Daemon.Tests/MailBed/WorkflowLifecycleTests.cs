using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using MimeKit.Utils;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>The operator workflow through real Dovecot and Postfix: operators drive a request from the
/// thread, the timers run on a fake clock, every reply lands in the thread in the customer's language.
/// Not in parallel with the other mail-bed tests: one of them stops Postfix for a while.</summary>
[Collection(SerialMailBedCollection.Name)]
public sealed class WorkflowLifecycleTests(MailBedFixture bed)
{

    [Fact]
    public async Task An_operator_takes_a_request_from_arrival_to_completion_from_the_thread()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 9;
        var customer = MailBedFixture.Customer(lane);
        var bot = MailBedFixture.Bot(lane);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, lane), s => s.AddSingleton<TimeProvider>(clock));

        // An incomplete request (French, no documents): needs-info.
        var sample = MailMaker.CompleteRequest(customer, bot);
        var first = MailMaker.WithoutAttachments(sample);
        await bed.SendAsync(first, ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);
        var needsInfo = Assert.Single(await bed.WaitForAsync(customer, 1, ct));
        Assert.Equal("needs-info", MailMaker.Header(needsInfo, ReplyHeaders.State));
        var id = MailMaker.Header(needsInfo, ReplyHeaders.Request);
        var form = Assert.Single(needsInfo.Attachments.OfType<MimePart>());
        Assert.Equal("lettre-autorisation-" + id + ".pdf", form.FileName);
        var formText = PdfText(form);
        Assert.Contains("Lettre d'autorisation", formText, StringComparison.Ordinal);
        Assert.Contains(id, formText, StringComparison.Ordinal);
        Assert.Contains("Signature de l'utilisateur autorisé", formText, StringComparison.Ordinal);

        // The customer replies with the documents: in review.
        var followUp = MailMaker.FollowUpWithAttachments(needsInfo, sample, customer, "Bonjour,\n\nVoici les documents manquants.\n\nJérôme");
        await bed.SendAsync(followUp, ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);
        var inReview = (await bed.WaitForAsync(customer, 2, ct))[^1];
        Assert.Equal("in-review", MailMaker.Header(inReview, ReplyHeaders.State));

        // The operator drives it from the thread.
        var approved = await OperatorSaysAsync(daemon, lane, inReview, "/approve", customerReplies: 3, ct);
        AssertStep(approved, id, "approved", first, "vérifié");

        var submitted = await OperatorSaysAsync(daemon, lane, approved, "/submitted", customerReplies: 4, ct);
        AssertStep(submitted, id, "submitted-to-carrier", first, "une semaine");

        var calendar = new BusinessCalendar();
        var eastern = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), eastern).DateTime);
        var portingDay = calendar.AddBusinessDays(today, 6);
        var iso = portingDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var dateSet = await OperatorSaysAsync(daemon, lane, submitted, $"/carrier-approved {iso} 10:00", customerReplies: 5, ct);
        AssertStep(dateSet, id, "porting-date-set", first, "configurer la voix et les SMS");
        Assert.Contains(iso, dateSet.Subject, StringComparison.Ordinal);
        Assert.Contains("10 h 00, heure de l'Est", dateSet.TextBody, StringComparison.Ordinal);

        // The reminder: nothing yet; then on its day, once.
        var timers = daemon.Services.GetRequiredService<WorkflowTimers>();
        Assert.Equal(0, await timers.RunAsync(ct));
        var reminderDay = calendar.AddBusinessDays(portingDay, -2);
        var reminderNoon = new DateTimeOffset(reminderDay.ToDateTime(new TimeOnly(12, 0)), eastern.GetUtcOffset(reminderDay.ToDateTime(new TimeOnly(12, 0))));
        clock.SetUtcNow(reminderNoon);
        Assert.Equal(1, await timers.RunAsync(ct));
        Assert.Equal(0, await timers.RunAsync(ct));
        await daemon.RunOnceAsync(ct);
        var reminder = (await bed.WaitForAsync(customer, 6, ct))[^1];
        Assert.Equal(id, MailMaker.Header(reminder, ReplyHeaders.Request));
        Assert.Equal("porting-date-set", MailMaker.Header(reminder, ReplyHeaders.State));
        Assert.Contains("rappel", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains(first.MessageId, reminder.References);

        var completed = await OperatorSaysAsync(daemon, lane, reminder, "/completed", customerReplies: 7, ct);
        AssertStep(completed, id, "completed", first, "frais de portage");

        await using var read = await daemon.Store.BeginAsync(ct);
        var history = await read.TransitionsAsync(id, ct);
        Assert.Equal(
            ["check", "check", "approve", "submitted", "carrier-approved", "configure-reminder", "completed"],
            history.Select(t => t.Action.Name()));
        Assert.All(history.Where(t => t.Via == "mail"), t => Assert.Equal(MailBedFixture.Operator, t.Actor));
        Assert.Equal("completed", history[^1].ToState.Name());
        Assert.Equal(iso + " 10:00 America/Toronto", history[4].Detail);
    }

    [Fact]
    public async Task A_carrier_rejection_returns_the_request_to_needs_info_with_the_reason_explained()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 10;
        var customer = MailBedFixture.Customer(lane);
        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, lane));
        var (inReview, id) = await CompleteRequestAsync(daemon, lane, ct);

        var approved = await OperatorSaysAsync(daemon, lane, inReview, "/approve", customerReplies: 2, ct);
        var submitted = await OperatorSaysAsync(daemon, lane, approved, "/submitted", customerReplies: 3, ct);
        var rejected = await OperatorSaysAsync(daemon, lane, submitted, "/carrier-rejected postal-code-mismatch Le dossier indique H2X 1Y4", customerReplies: 4, ct);

        Assert.Equal("needs-info", MailMaker.Header(rejected, ReplyHeaders.State));
        Assert.Equal("postal-code-mismatch", MailMaker.Header(rejected, ReplyHeaders.Reasons));
        Assert.Equal(id, MailMaker.Header(rejected, ReplyHeaders.Request));
        Assert.Contains("code postal", rejected.TextBody, StringComparison.Ordinal);
        Assert.Contains("Le dossier indique H2X 1Y4", rejected.TextBody, StringComparison.Ordinal);
        Assert.Equal("needs-info", (await daemon.Store.FindRequestAsync(id, ct))?.State.Name());
    }

    [Fact]
    public async Task Strangers_forged_operators_and_out_of_order_commands_change_nothing()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 11;
        var customer = MailBedFixture.Customer(lane);
        var bot = MailBedFixture.Bot(lane);
        var settings = MailBedSettings.For(bed, lane);
        await using var daemon = new DaemonHarness(settings);
        var (inReview, id) = await CompleteRequestAsync(daemon, lane, ct);
        var operatorCopiesBefore = await OperatorMessagesAsync(id, ct);

        // The customer tries a command; an attacker forges the operator's From without an authentication pass,
        // or with a pass from a server that is not the trusted one.
        var fromCustomer = Reply(inReview, customer, bot, "/approve");
        var forged = Reply(inReview, MailBedFixture.Operator, bot, "/approve");
        var forgedResults = Reply(inReview, MailBedFixture.Operator, bot, "/approve");
        forgedResults.Headers.Add("Authentication-Results", "evil.example; dkim=pass header.d=" + MailBedFixture.Domain);
        foreach (var message in new[] { fromCustomer, forged, forgedResults })
        {
            await bed.SendAsync(message, ct);
        }

        await bed.WaitForAsync(bot, 3, ct);
        var result = await daemon.RunOnceAsync(ct);
        Assert.Equal(3, result.Summary.Ignored);
        Assert.Equal("in-review", (await daemon.Store.FindRequestAsync(id, ct))?.State.Name());
        await Task.Delay(1000, ct);
        Assert.Single(await bed.MessagesAsync(customer, ct));
        Assert.Equal(operatorCopiesBefore.Count, (await OperatorMessagesAsync(id, ct)).Count);

        // The real operator, authenticated: out of order is refused to the operator alone, malformed gets usage.
        await bed.SendAsync(Authenticated(Reply(inReview, MailBedFixture.Operator, bot, "/completed")), ct);
        await bed.SendAsync(Authenticated(Reply(inReview, MailBedFixture.Operator, bot, "/carrier-approved tomorrow")), ct);
        await bed.WaitForAsync(bot, 2, ct);
        await daemon.RunOnceAsync(ct);
        var operatorMessages = await WaitForOperatorMessagesAsync(id, operatorCopiesBefore.Count + 2, ct);
        var refused = Assert.Single(operatorMessages, m => (m.Subject ?? "").Contains("/completed refused", StringComparison.Ordinal));
        Assert.Contains("the request is in-review", refused.TextBody, StringComparison.Ordinal);
        Assert.Empty(refused.Cc);
        var usage = Assert.Single(operatorMessages, m => (m.Subject ?? "").Contains("not understood", StringComparison.Ordinal));
        Assert.Contains("'tomorrow' is not a date", usage.TextBody, StringComparison.Ordinal);
        Assert.Equal("in-review", (await daemon.Store.FindRequestAsync(id, ct))?.State.Name());
        await Task.Delay(500, ct);
        Assert.Single(await bed.MessagesAsync(customer, ct));

        // And an authenticated /approve is obeyed.
        await bed.SendAsync(Authenticated(Reply(inReview, MailBedFixture.Operator, bot, "/approve")), ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);
        var approved = (await bed.WaitForAsync(customer, 2, ct))[^1];
        Assert.Equal("approved", MailMaker.Header(approved, ReplyHeaders.State));
    }

    private async Task<(MimeMessage InReview, string Id)> CompleteRequestAsync(DaemonHarness daemon, int lane, CancellationToken ct)
    {
        var customer = MailBedFixture.Customer(lane);
        var bot = MailBedFixture.Bot(lane);
        await bed.SendAsync(MailMaker.CompleteRequest(customer, bot), ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);
        var reply = Assert.Single(await bed.WaitForAsync(customer, 1, ct));
        Assert.Equal("in-review", MailMaker.Header(reply, ReplyHeaders.State));
        return (reply, MailMaker.Header(reply, ReplyHeaders.Request));
    }

    /// <summary>The operator replies to <paramref name="previous"/> with <paramref name="command"/>; the daemon
    /// polls; returns the customer's newest reply, which must answer the operator's message.</summary>
    private async Task<MimeMessage> OperatorSaysAsync(DaemonHarness daemon, int lane, MimeMessage previous, string command, int customerReplies, CancellationToken ct)
    {
        var bot = MailBedFixture.Bot(lane);
        var message = Authenticated(Reply(previous, MailBedFixture.Operator, bot, command + "\n\nThanks,\nOps"));
        message.Cc.Add(MailboxAddress.Parse(MailBedFixture.Customer(lane)));
        await bed.SendAsync(message, ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);

        // The customer's mailbox also holds the operator's reply-all: keep only the bot's replies.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var replies = (await bed.MessagesAsync(MailBedFixture.Customer(lane), ct)).Where(m => MailMaker.Header(m, ReplyHeaders.Request).Length > 0).ToList();
            if (replies.Count >= customerReplies || DateTime.UtcNow > deadline)
            {
                Assert.Equal(customerReplies, replies.Count);
                Assert.Equal(message.MessageId, replies[^1].InReplyTo);
                return replies[^1];
            }

            await Task.Delay(100, ct);
        }
    }

    private static void AssertStep(MimeMessage reply, string id, string state, MimeMessage first, string frenchText)
    {
        Assert.Equal(id, MailMaker.Header(reply, ReplyHeaders.Request));
        Assert.Equal(state, MailMaker.Header(reply, ReplyHeaders.State));
        Assert.Contains("[" + id + "]", reply.Subject, StringComparison.Ordinal);
        Assert.Contains(first.MessageId, reply.References);
        Assert.Contains(MailBedFixture.Operator, reply.Cc.Mailboxes.Select(m => m.Address));
        Assert.Contains("Bonjour", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains(frenchText, reply.TextBody, StringComparison.Ordinal);
    }

    private static string PdfText(MimePart part)
    {
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(content.ToArray());
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static MimeMessage Reply(MimeMessage previous, string from, string to, string text)
    {
        var message = MailMaker.Request(from, to, "Re: " + previous.Subject, text);
        message.InReplyTo = previous.MessageId;
        foreach (var reference in previous.References)
        {
            message.References.Add(reference);
        }

        message.References.Add(previous.MessageId!);
        message.MessageId = MimeUtils.GenerateMessageId("operator.test.local");
        return message;
    }

    private static MimeMessage Authenticated(MimeMessage message) => MailMaker.Authenticated(message);

    private async Task<List<MimeMessage>> OperatorMessagesAsync(string id, CancellationToken ct) =>
        [.. (await bed.MessagesAsync(MailBedFixture.Operator, ct)).Where(m => MailMaker.Header(m, ReplyHeaders.Request) == id)];

    private async Task<List<MimeMessage>> WaitForOperatorMessagesAsync(string id, int count, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var messages = await OperatorMessagesAsync(id, ct);
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100, ct);
        }
    }
}
