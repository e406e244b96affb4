using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>The daemon as a tool for abuse: floods, reflection through Reply-To, loops and bounces.
/// Each test counts what reached the engine and what went out.</summary>
public sealed class AbuseTests
{
    private const string Bot = "porting@localhost";

    private static DaemonHarness Harness(Dictionary<string, string?> settings) =>
        new(settings, s => s.AddSingleton<CountingRequestChecker>().AddSingleton<IRequestChecker>(sp => sp.GetRequiredService<CountingRequestChecker>()));

    private static async Task DropAsync(DaemonHarness daemon, IEnumerable<MimeMessage> messages, CancellationToken ct)
    {
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        var n = 0;
        foreach (var message in messages)
        {
            await message.WriteToAsync(Path.Combine(inbox, $"{++n:000}.eml"), ct);
        }
    }

    private static List<MimeMessage> Outbox(DaemonHarness daemon)
    {
        var outbox = Path.Combine(daemon.DataFolder, "mail", "outbox");
        return Directory.Exists(outbox) ? [.. Directory.GetFiles(outbox, "*.eml").Select(f => MimeMessage.Load(f))] : [];
    }

    private static int EngineCalls(DaemonHarness daemon) => daemon.Services.GetRequiredService<CountingRequestChecker>().Calls;

    /// <summary>Every message was set aside: none answered, none handed to the engine.</summary>
    private static void AssertIgnoredUnchecked(DaemonHarness daemon, CycleResult result, int messages)
    {
        Assert.Equal(messages, result.Summary.Ignored);
        Assert.Empty(Outbox(daemon));
        Assert.Equal(0, EngineCalls(daemon));
    }

    [Fact]
    public async Task Rate_limit_case_variants_of_one_sender_are_one_sender_and_the_extra_messages_are_never_checked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness(new() { ["Mail:MaxRepliesPerSenderPerHour"] = "2" });
        string[] variants = ["flood@example.com", "FLOOD@example.com", "Flood@Example.Com", "flood@EXAMPLE.COM", "fLoOd@example.com"];
        await DropAsync(daemon, variants.Select((from, i) => MailMaker.EnglishTextOnly(from, Bot, i + 1)), ct);

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(2, result.Summary.Answered);
        Assert.Equal(3, result.Summary.RateLimited);
        Assert.Equal(2, Outbox(daemon).Count);
        Assert.Equal(2, EngineCalls(daemon));
    }

    [Fact]
    public async Task Rate_limit_non_ascii_case_variants_of_one_sender_are_one_sender()
    {
        // SQLite's lower() folds ASCII only: compared there, each of these would be a sender of its own.
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness(new() { ["Mail:MaxRepliesPerSenderPerHour"] = "2" });
        string[] variants = ["élise@exemple.ca", "ÉLISE@exemple.ca", "Élise@Exemple.CA", "éLISE@EXEMPLE.CA"];
        await DropAsync(daemon, variants.Select((from, i) => MailMaker.EnglishTextOnly(from, Bot, i + 1)), ct);

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(2, result.Summary.Answered);
        Assert.Equal(2, result.Summary.RateLimited);
        Assert.Equal(2, Outbox(daemon).Count);
    }

    [Fact]
    public async Task Rate_limit_many_senders_over_the_overall_limit_are_neither_checked_nor_answered()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness(new() { ["Mail:MaxRepliesPerHour"] = "3" });
        await DropAsync(daemon, Enumerable.Range(1, 6).Select(i => MailMaker.EnglishTextOnly($"sender{i}@example.com", Bot, i)), ct);

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(3, result.Summary.Answered);
        Assert.Equal(3, result.Summary.RateLimited);
        Assert.Equal(3, Outbox(daemon).Count);
        Assert.Equal(3, EngineCalls(daemon));
    }

    [Fact]
    public async Task Reply_reply_to_names_someone_else_goes_to_the_from_address_only()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness([]);
        var request = MailMaker.EnglishTextOnly("jane@example.org", Bot);
        request.ReplyTo.Add(MailboxAddress.Parse("victim@elsewhere.example"));
        await DropAsync(daemon, [request], ct);

        await daemon.RunOnceAsync(ct);

        var reply = Assert.Single(Outbox(daemon));
        Assert.Equal(["jane@example.org"], reply.To.Mailboxes.Select(m => m.Address));
        Assert.DoesNotContain(reply.GetRecipients(), m => m.Address.Contains("victim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_own_address_in_reply_to_sender_or_return_path_nothing_is_sent_or_checked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness([]);
        var replyTo = MailMaker.EnglishTextOnly("jane@example.org", Bot, 1);
        replyTo.ReplyTo.Add(MailboxAddress.Parse("PORTING@localhost"));
        var sender = MailMaker.EnglishTextOnly("jane@example.org", Bot, 2);
        sender.Sender = MailboxAddress.Parse("porting@LOCALHOST");
        var returnPath = MailMaker.EnglishTextOnly("jane@example.org", Bot, 3);
        returnPath.Headers.Add("Return-Path", "<porting@localhost>");
        await DropAsync(daemon, [replyTo, sender, returnPath], ct);

        var result = await daemon.RunOnceAsync(ct);

        AssertIgnoredUnchecked(daemon, result, 3);
    }

    [Fact]
    public async Task Reply_plain_text_bounce_without_report_gets_no_answer_and_no_form()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness([]);
        // A bounce as many servers write it: text/plain, a normal-looking From, the original quoted below.
        var bySubject = MailMaker.Request("mx-notices@example.org", Bot, "Undelivered Mail Returned to Sender", "This is the mail system at host mx.example.org.\n\n--- original ---\nPort 416-555-0100 please.");
        var byText = MailMaker.Request("notices@example.org", Bot, "Re: Port request", "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients.");
        var byReturnPath = MailMaker.Request("jane@example.org", Bot, "Port request", "Please port 416-555-0100.");
        byReturnPath.Headers.Add("Return-Path", "<>");
        await DropAsync(daemon, [bySubject, byText, byReturnPath], ct);

        var result = await daemon.RunOnceAsync(ct);

        AssertIgnoredUnchecked(daemon, result, 3);
    }

    [Fact]
    public async Task Storage_hostile_subject_is_stored_clean_and_cut()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = Harness([]);
        var request = MailMaker.EnglishTextOnly("jane@example.org", Bot);
        request.Subject = "Port\u202E request " + new string('y', 100_000);
        await DropAsync(daemon, [request], ct);

        await daemon.RunOnceAsync(ct);

        var reply = Assert.Single(Outbox(daemon));
        var id = reply.Headers[ReplyHeaders.Request]!;
        var stored = await daemon.Store.FindRequestAsync(id, ct);
        Assert.NotNull(stored);
        Assert.True(stored.Subject.Length <= 201, stored.Subject.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain('\u202E', stored.Subject);
        Assert.True(reply.Subject!.Length < 400);
        Assert.DoesNotContain('\u202E', reply.Subject);
    }
}
