using MimeKit;
using MimeKit.Utils;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Who may write into a request, through real Postfix and Dovecot: its customer (in any letter case)
/// and whom the customer copied join it; a stranger citing the thread's Message-IDs starts a request of
/// their own, changes nothing in the customer's, and receives nothing from it. Serial: another mail-bed
/// test stops Postfix for a while.</summary>
[Collection(SerialMailBedCollection.Name)]
public sealed class ThreadOwnershipTests(MailBedFixture bed)
{
    private const int Lane = 7;

    [Fact]
    public async Task Thread_stranger_citing_the_customers_message_ids_neither_changes_the_request_nor_receives_anything()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        var customer = MailBedFixture.Customer(Lane);
        var bot = MailBedFixture.Bot(Lane);
        await using var daemon = new DaemonHarness(MailBedSettings.For(bed, Lane));

        // The customer's request, copying an assistant.
        var request = MailMaker.EnglishTextOnly(customer, bot, 1);
        request.Cc.Add(MailboxAddress.Parse(MailBedFixture.Assistant));
        await bed.SendAsync(request, ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);
        var first = Assert.Single(await bed.WaitForAsync(customer, 1, ct));
        var id = MailMaker.Header(first, ReplyHeaders.Request);
        var before = await daemon.Store.FindRequestAsync(id, ct);
        Assert.NotNull(before);
        var transitionsBefore = await TransitionCountAsync(daemon, id, ct);

        // The stranger replies into the thread (both Message-IDs cited), with another account SID, a
        // Reply-To of their own and the customer in Cc, as if to take the request over.
        var hijack = MailMaker.Request(MailBedFixture.Stranger, bot, "Re: " + first.Subject, """
            Hello,

            Correction: the account is mine now.
            Account SID: AC99999999999999999999999999999999

            Thanks
            """);
        hijack.InReplyTo = first.MessageId;
        hijack.References.Add(request.MessageId!);
        hijack.References.Add(first.MessageId!);
        hijack.ReplyTo.Add(MailboxAddress.Parse(MailBedFixture.Stranger));
        await bed.SendAsync(hijack, ct);
        await bed.WaitForAsync(bot, 1, ct);
        await daemon.RunOnceAsync(ct);

        // The customer's request is as it was: same SID, same state, no new transition, no new reply.
        var after = await daemon.Store.FindRequestAsync(id, ct);
        Assert.NotNull(after);
        Assert.Equal(before.AccountSid, after.AccountSid);
        Assert.Equal(before.State, after.State);
        Assert.Equal(before.Customer, after.Customer);
        Assert.Equal(transitionsBefore, await TransitionCountAsync(daemon, id, ct));

        // The stranger got one reply, for a request of their own, carrying nothing of the customer's.
        var strangerMail = Assert.Single(await bed.WaitForAsync(MailBedFixture.Stranger, 1, ct));
        Assert.NotEqual(id, MailMaker.Header(strangerMail, ReplyHeaders.Request));
        Assert.DoesNotContain(id, strangerMail.Subject ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("(604) 555-0101", strangerMail.TextBody ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("Priya", strangerMail.TextBody ?? "", StringComparison.Ordinal);
        Assert.Equal([MailBedFixture.Stranger], strangerMail.To.Mailboxes.Select(m => m.Address));

        // The assistant the customer copied may add to the request: the reply goes to the customer alone.
        var fromAssistant = MailMaker.Request(MailBedFixture.Assistant, bot, "Re: " + first.Subject, "Hello,\n\nI am helping with this port; more to follow.\n\nSam");
        fromAssistant.InReplyTo = first.MessageId;
        fromAssistant.References.Add(request.MessageId!);
        fromAssistant.References.Add(first.MessageId!);
        // The customer's own reply, its address in another letter case, also joins.
        var fromCustomer = MailMaker.Request(customer.ToUpperInvariant(), bot, "Re: " + first.Subject, "Hello,\n\nStill waiting on the bill.\n\nPriya");
        fromCustomer.InReplyTo = first.MessageId;
        fromCustomer.References.Add(request.MessageId!);
        fromCustomer.References.Add(first.MessageId!);
        fromCustomer.MessageId = MimeUtils.GenerateMessageId("customer.test.local");
        await bed.SendAsync(fromAssistant, ct);
        await bed.SendAsync(fromCustomer, ct);
        await bed.WaitForAsync(bot, 2, ct);
        await daemon.RunOnceAsync(ct);

        var customerMail = await bed.WaitForAsync(customer, 3, ct);
        Assert.Equal(3, customerMail.Count);
        Assert.All(customerMail, m => Assert.Equal(id, MailMaker.Header(m, ReplyHeaders.Request)));
        Assert.All(customerMail, m => Assert.Equal([customer], m.To.Mailboxes.Select(a => a.Address.ToLowerInvariant())));
        Assert.Equal(customer, (await daemon.Store.FindRequestAsync(id, ct))?.Customer);
        await Task.Delay(500, ct);
        // The assistant holds the customer's copy, nothing from the daemon.
        Assert.DoesNotContain(await bed.MessagesAsync(MailBedFixture.Assistant, ct), m => MailMaker.Header(m, ReplyHeaders.Request).Length > 0);
        Assert.Single(await bed.MessagesAsync(MailBedFixture.Stranger, ct));
    }

    private static async Task<int> TransitionCountAsync(DaemonHarness daemon, string id, CancellationToken ct)
    {
        await using var read = await daemon.Store.BeginAsync(ct);
        return (await read.TransitionsAsync(id, ct)).Count;
    }
}
