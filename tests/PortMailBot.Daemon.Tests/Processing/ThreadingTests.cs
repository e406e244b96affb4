using MimeKit;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>Threading without In-Reply-To (the id in the subject), and a message seen twice.</summary>
public sealed class ThreadingTests
{
    private static async Task<List<MimeMessage>> Outbox(DaemonHarness daemon) =>
        [.. Directory.GetFiles(Path.Combine(daemon.DataFolder, "mail", "outbox"), "*.eml").Select(f => MimeMessage.Load(f))];

    private static async Task Drop(DaemonHarness daemon, MimeMessage message, string name, CancellationToken ct)
    {
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await message.WriteToAsync(Path.Combine(inbox, name), ct);
    }

    [Fact]
    public async Task The_request_id_in_the_subject_threads_a_message_from_the_same_customer_only()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness([]);
        await Drop(daemon, MailMaker.EnglishTextOnly("jane@example.org", "porting@localhost"), "1.eml", ct);
        await daemon.RunOnceAsync(ct);
        var id = (await Outbox(daemon)).Single().Headers[ReplyHeaders.Request];

        // A new message (no In-Reply-To) naming the request, from the customer: attached to it.
        await Drop(daemon, MailMaker.Request("jane@example.org", "porting@localhost", $"About [{id}]", "Here is more."), "2.eml", ct);
        // The same id from someone else: a new request.
        await Drop(daemon, MailMaker.Request("mallory@example.net", "porting@localhost", $"About [{id}]", "Mine now."), "3.eml", ct);
        await daemon.RunOnceAsync(ct);

        var replies = await Outbox(daemon);
        Assert.Equal(3, replies.Count);
        var ids = replies.Select(r => (To: r.To.Mailboxes.Single().Address, Id: r.Headers[ReplyHeaders.Request])).ToList();
        Assert.Equal(2, ids.Count(r => r.To == "jane@example.org" && r.Id == id));
        Assert.Contains(ids, r => r.To == "mallory@example.net" && r.Id != id);
    }

    [Fact]
    public async Task A_message_seen_again_with_the_same_message_id_is_not_answered_twice()
    {
        // As after a UIDVALIDITY change, when the whole folder is fetched again.
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness([]);
        var request = MailMaker.EnglishTextOnly("jane@example.org", "porting@localhost");
        await Drop(daemon, request, "1.eml", ct);
        await daemon.RunOnceAsync(ct);

        request.Headers.Add("Received", "from relay.example.org by mx.example.com; Sat, 28 Nov 2026 10:00:00 -0500");
        await Drop(daemon, request, "1-again.eml", ct);
        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(1, result.Summary.Duplicates);
        Assert.Single(await Outbox(daemon));
    }
}
