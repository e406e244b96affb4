using MimeKit;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Web.Tests.Support;

namespace PortMailBot.Web.Tests.Pages;

/// <summary>An approval from the console and one from the thread are the same act: two equal requests, one
/// approved by the console's form (with its antiforgery token), the other by an operator's <c>/approve</c> reply
/// through the mail bed, leave the same records and send the customer the same reply, but for ids, times and
/// the way in.</summary>
public sealed class ApprovalEquivalenceTests(ConsoleBed bed) : IClassFixture<ConsoleBed>
{
    /// <summary>Headers that name one message or its delivery, never what was said.</summary>
    private static readonly HashSet<string> Identity = new(StringComparer.OrdinalIgnoreCase)
    {
        "Message-ID", "Date", "In-Reply-To", "References", "Received", "Return-Path", "Delivered-To", "X-Original-To",
    };

    [Fact]
    public async Task An_approval_from_the_console_and_one_from_the_thread_leave_identical_records_and_replies()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var console = await ConsoleHost.StartAsync(bed, ct);

        // Two equal complete requests from two customers, both checked: in review.
        await bed.SendAsync(TestRequests.Complete(ConsoleBed.Customer), ct);
        await bed.SendAsync(TestRequests.Complete(ConsoleBed.OtherCustomer), ct);
        await bed.WaitForAsync(ConsoleBed.Bot, 2, ct);
        await console.RunOnceAsync(ct);
        var byWeb = Assert.Single(await bed.WaitForAsync(ConsoleBed.Customer, 1, ct));
        var byMail = Assert.Single(await bed.WaitForAsync(ConsoleBed.OtherCustomer, 1, ct));
        var (webId, mailId) = (byWeb.Headers["X-PortMailBot-Request"]!, byMail.Headers["X-PortMailBot-Request"]!);

        // One approved from the console, the other by the operator's reply in its thread.
        using (var client = new ConsoleClient(console.BaseUrl))
        {
            await client.SignInAsync(ConsoleBed.Operator, ConsoleHost.OperatorPassword, ct);
            await client.ActAsync(webId, "approve", ct);
        }

        await bed.SendAsync(TestRequests.OperatorReply(byMail, "/approve"), ct);
        await bed.WaitForAsync(ConsoleBed.Bot, 1, ct); // the first two were moved out of the inbox when read
        await console.RunOnceAsync(ct);
        var webReply = (await bed.WaitForAsync(ConsoleBed.Customer, 2, ct))[^1];
        var mailReply = (await bed.WaitForAsync(ConsoleBed.OtherCustomer, 2, ct))[^1];

        // The records: the same state, the same transitions but for the way in, the time and the ids.
        var dossiers = console.Services.GetService(typeof(RequestDossiers)) as RequestDossiers;
        var web = (await dossiers!.LoadAsync(webId, ct))!;
        var mail = (await dossiers.LoadAsync(mailId, ct))!;
        Assert.Equal("approved", web.Request.State.Name());
        Assert.Equal(mail.Request.State, web.Request.State);
        Assert.Equal(mail.Request.Reasons, web.Request.Reasons);
        Assert.Equal(Transitions(mail, mailId, ConsoleBed.OtherCustomer), Transitions(web, webId, ConsoleBed.Customer));
        Assert.Equal(("approve", ConsoleBed.Operator, WorkflowActor.ViaWeb), (web.History[^1].Action.Name(), web.History[^1].Actor, web.History[^1].Via));
        Assert.NotEqual(WorkflowActor.ViaWeb, mail.History[^1].Via);

        // The replies: the same headers and bodies but for ids, dates and the customer's address.
        Assert.Equal("approved", webReply.Headers["X-PortMailBot-State"]);
        var (webLines, mailLines) = (Normalized(webReply, webId, ConsoleBed.Customer), Normalized(mailReply, mailId, ConsoleBed.OtherCustomer));
        Assert.Equal(mailLines, webLines);
        Assert.Contains("X-PortMailBot-Request: ID", webLines);
        Assert.Contains(webLines, l => l.StartsWith("text: ", StringComparison.Ordinal) && l.Length > 100);
        Assert.Equal(mailReply.Cc.Mailboxes.Select(m => m.Address), webReply.Cc.Mailboxes.Select(m => m.Address));
    }

    private static List<string> Transitions(RequestDossier dossier, string id, string customer) =>
        [.. dossier.History.Select(t => string.Join(" | ", Clean(t.Actor, id, customer), t.Action.Name(), t.FromState, t.ToState, t.Reason, Clean(t.Detail, id, customer)))];

    private static List<string> Normalized(MimeMessage message, string id, string customer)
    {
        string Clean(string? text) => ApprovalEquivalenceTests.Clean(text, id, customer);
        var lines = message.Headers.Select(h => h.Field + ": " + (Identity.Contains(h.Field) ? "-" : Clean(h.Value))).ToList();
        lines.Add("text: " + Clean(message.TextBody));
        lines.Add("html: " + Clean(message.HtmlBody));
        lines.AddRange(message.Attachments.OfType<MimePart>().Select(a => $"attachment: {Clean(a.FileName)} {a.ContentType.MimeType}"));
        return lines;
    }

    private static string Clean(string? text, string id, string customer) =>
        (text ?? "").Replace(id, "ID", StringComparison.Ordinal).Replace(customer, "CUSTOMER", StringComparison.OrdinalIgnoreCase).ReplaceLineEndings("\n");
}
