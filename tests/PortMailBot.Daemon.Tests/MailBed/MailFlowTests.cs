using System.Text.RegularExpressions;
using MimeKit;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>The daemon against real Dovecot and Postfix: each test has its own bot and customer mailboxes.</summary>
public sealed partial class MailFlowTests(MailBedFixture bed)
{
    [GeneratedRegex(@"\[PR-\d{4}-\d{6}\]")]
    private static partial Regex RequestTag();

    [Fact]
    public async Task Request_sent_by_smtp_is_answered_in_the_customers_mailbox_with_threading_headers()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 1;
        var request = MailMaker.EnglishTextOnly(MailBedFixture.Customer(lane), MailBedFixture.Bot(lane));
        await bed.SendAsync(request, ct);
        Assert.Single(await bed.WaitForAsync(MailBedFixture.Bot(lane), 1, ct));

        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, lane));
        var result = await daemon.RunOnceAsync(ct);

        Assert.False(result.NeedsAttention);
        Assert.Equal(1, result.Summary.Answered);
        var reply = Assert.Single(await bed.WaitForAsync(MailBedFixture.Customer(lane), 1, ct));
        Assert.Matches(RequestTag(), reply.Subject);
        Assert.Equal(request.MessageId, reply.InReplyTo);
        Assert.Contains(request.MessageId, reply.References);
        Assert.Equal("auto-replied", MailMaker.Header(reply, "Auto-Submitted"));
        Assert.Equal("needs-info", MailMaker.Header(reply, ReplyHeaders.State));
        var reasons = MailMaker.Header(reply, ReplyHeaders.Reasons).Split(',');
        Assert.Contains("loa-missing", reasons);
        Assert.Contains("csr-missing", reasons);
        Assert.Contains("bill-missing", reasons);
        var id = MailMaker.Header(reply, ReplyHeaders.Request);
        Assert.Contains("[" + id + "]", reply.Subject, StringComparison.Ordinal);
        Assert.Contains(MailBedFixture.Operator, reply.Cc.Mailboxes.Select(m => m.Address));
        Assert.Contains("Letter of Authorization", reply.TextBody, StringComparison.Ordinal);
        Assert.NotNull(reply.HtmlBody);

        // The request left the inbox for the Processed folder, and the operator got the copy.
        Assert.Empty(await bed.MessagesAsync(MailBedFixture.Bot(lane), ct));
        Assert.Single(await bed.MessagesAsync(MailBedFixture.Bot(lane), ct, "Processed"));
        var operatorCopies = await bed.WaitForAsync(MailBedFixture.Operator, 1, ct);
        Assert.Contains(operatorCopies, m => MailMaker.Header(m, ReplyHeaders.Request) == id);

        // A second poll finds nothing new and sends nothing again.
        var again = await daemon.RunOnceAsync(ct);
        Assert.Equal(0, again.Summary.Total);
        await Task.Delay(500, ct);
        Assert.Single(await bed.MessagesAsync(MailBedFixture.Customer(lane), ct));
    }

    [Fact]
    public async Task Follow_up_with_the_missing_documents_is_merged_into_its_request_and_answered_again()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 2;
        var customer = MailBedFixture.Customer(lane);
        var bot = MailBedFixture.Bot(lane);
        var sample = MailMaker.CompleteRequest(customer, bot);
        var first = MailMaker.WithoutAttachments(sample);
        await bed.SendAsync(first, ct);
        await bed.WaitForAsync(bot, 1, ct);

        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, lane));
        await daemon.RunOnceAsync(ct);
        var needsInfo = Assert.Single(await bed.WaitForAsync(customer, 1, ct));
        Assert.Equal("needs-info", MailMaker.Header(needsInfo, ReplyHeaders.State));
        Assert.Contains("loa-missing", MailMaker.Header(needsInfo, ReplyHeaders.Reasons), StringComparison.Ordinal);
        Assert.Contains("Bonjour", needsInfo.TextBody, StringComparison.Ordinal);
        var id = MailMaker.Header(needsInfo, ReplyHeaders.Request);

        var followUp = MailMaker.FollowUpWithAttachments(needsInfo, sample, customer, "Bonjour,\n\nVoici les documents manquants.\n\nJérôme");
        await bed.SendAsync(followUp, ct);
        await bed.WaitForAsync(bot, 1, ct);
        var result = await daemon.RunOnceAsync(ct);
        Assert.Equal(1, result.Summary.Answered);

        var replies = await bed.WaitForAsync(customer, 2, ct);
        Assert.Equal(2, replies.Count);
        var second = replies[1];
        Assert.Equal(id, MailMaker.Header(second, ReplyHeaders.Request));
        Assert.Equal("in-review", MailMaker.Header(second, ReplyHeaders.State));
        Assert.Equal(followUp.MessageId, second.InReplyTo);
        Assert.Contains(first.MessageId, second.References);
        Assert.Contains("[" + id + "]", second.Subject, StringComparison.Ordinal);
        Assert.Contains("1 jour ouvrable", second.TextBody, StringComparison.Ordinal);

        var stored = await daemon.Store.FindRequestAsync(id, ct);
        Assert.NotNull(stored);
        Assert.Equal("in-review", stored.State.Name());
    }

    [Fact]
    public async Task Reply_waits_while_smtp_is_down_and_arrives_when_it_is_back()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 4;
        var customer = MailBedFixture.Customer(lane);
        var request = MailMaker.EnglishTextOnly(customer, MailBedFixture.Bot(lane), 4);
        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, lane));

        await bed.StopSmtpAsync();
        try
        {
            // Delivered while Postfix is down: straight into the mailbox.
            await bed.AppendAsync(MailBedFixture.Bot(lane), request, ct);
            var down = await daemon.RunOnceAsync(ct);
            Assert.Equal(1, down.Summary.Answered);
            Assert.Equal(1, down.Unsent);
            Assert.True(down.NeedsAttention);
        }
        finally
        {
            await bed.StartSmtpAsync();
        }

        var up = await daemon.RunOnceAsync(ct);
        Assert.Equal(0, up.Unsent);
        Assert.False(up.NeedsAttention);
        var reply = Assert.Single(await bed.WaitForAsync(customer, 1, ct));
        Assert.Equal(request.MessageId, reply.InReplyTo);
    }

    [Fact]
    public async Task Auto_replies_bounces_and_lists_get_no_answer()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 5;
        var customer = MailBedFixture.Customer(lane);
        var bot = MailBedFixture.Bot(lane);

        var outOfOffice = MailMaker.Request(customer, bot, "Out of office: Port request", "I am away until Monday.");
        outOfOffice.Headers.Add("Auto-Submitted", "auto-replied");
        var vacation = MailMaker.Request(customer, bot, "Automatic reply", "Away.");
        vacation.Headers.Add("X-Autoreply", "yes");
        var bulk = MailMaker.Request(customer, bot, "Newsletter", "News.");
        bulk.Headers.Add("Precedence", "bulk");

        var bounce = new MimeMessage();
        bounce.From.Add(new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@" + MailBedFixture.Domain));
        bounce.To.Add(MailboxAddress.Parse(bot));
        bounce.Subject = "Undelivered Mail Returned to Sender";
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = "This is the mail system. Your message could not be delivered." },
            new MessageDeliveryStatus(),
        };
        bounce.Body = report;

        foreach (var message in new[] { outOfOffice, vacation, bulk, bounce })
        {
            await bed.SendAsync(message, ct);
        }

        Assert.Equal(4, (await bed.WaitForAsync(bot, 4, ct)).Count);
        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, lane));
        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(4, result.Summary.Ignored);
        Assert.Equal(0, result.Summary.Answered);
        await Task.Delay(1000, ct);
        Assert.Empty(await bed.MessagesAsync(customer, ct));
        Assert.Empty(await bed.MessagesAsync(bot, ct));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_not_downloaded_but_kept_for_an_operator()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 6;
        var small = MailMaker.EnglishTextOnly(MailBedFixture.Customer(lane), MailBedFixture.Bot(lane), 1);
        var large = MailMaker.EnglishTextOnly(MailBedFixture.Customer(lane), MailBedFixture.Bot(lane), 2);
        large.Body = new TextPart("plain") { Text = new string('x', 20_000) };
        await bed.SendAsync(small, ct);
        await bed.SendAsync(large, ct);
        await bed.WaitForAsync(MailBedFixture.Bot(lane), 2, ct);

        var settings = MailBedSettings.For(bed, lane);
        settings["Imap:MaxMessageBytes"] = "10000";
        await using var daemon = new DaemonHarness(settings);
        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(1, result.Summary.Answered);
        Assert.Equal(1, result.Summary.Failed);
        Assert.True(result.NeedsAttention);
        var reply = Assert.Single(await bed.WaitForAsync(MailBedFixture.Customer(lane), 1, ct));
        Assert.Equal(small.MessageId, reply.InReplyTo);
        Assert.Equal(2, (await bed.MessagesAsync(MailBedFixture.Bot(lane), ct, "Processed")).Count);
    }
}
