using MimeKit;
using MimeKit.Utils;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>The real executable's <c>run --once</c> through real Dovecot and Postfix: it exits 1 only when
/// something needs an operator, never for what the daemon does by design (an operator's command).</summary>
[Collection(SerialMailBedCollection.Name)]
public sealed class RunOnceExitCodeTests(MailBedFixture bed) : IDisposable
{
    private const int Lane = 8;

    private readonly string _work = Directory.CreateTempSubdirectory("portmailbot-once-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Run_once_operator_approves_by_mail_exits0_then_a_message_that_cannot_be_checked_exits1()
    {
        bed.SkipIfUnavailable();
        Assert.True(File.Exists(RepoPaths.ExecutableDll), "build src/PortMailBot first");
        var ct = TestContext.Current.CancellationToken;
        var customer = MailBedFixture.Customer(Lane);
        var bot = MailBedFixture.Bot(Lane);

        // A complete request: answered, in review (or needs-info when the engine is not written yet).
        await bed.SendAsync(MailMaker.CompleteRequest(customer, bot), ct);
        await bed.WaitForAsync(bot, 1, ct);
        var first = await RunOnceAsync();
        Assert.True(first.Code == 0, first.Output);
        var reply = Assert.Single(await bed.WaitForAsync(customer, 1, ct));
        if (MailMaker.Header(reply, ReplyHeaders.State) != "in-review")
        {
            Assert.Skip("The intake engine did not accept the sample (engine not written yet): no request to approve.");
        }

        // The operator's /approve in the thread: obeyed, and not a failure.
        await bed.SendAsync(MailMaker.Authenticated(OperatorReply(reply, bot, "/approve\n\nThanks,\nOps")), ct);
        await bed.WaitForAsync(bot, 1, ct);
        var approve = await RunOnceAsync();
        Assert.True(approve.Code == 0, approve.Output);
        Assert.Contains("1 from operators", approve.Output, StringComparison.Ordinal);
        Assert.Contains("0 need attention", approve.Output, StringComparison.Ordinal);
        var approved = (await bed.WaitForAsync(customer, 2, ct))[^1];
        Assert.Equal("approved", MailMaker.Header(approved, ReplyHeaders.State));

        // A message over the size limit cannot be checked: that needs an operator.
        var large = MailMaker.EnglishTextOnly(customer, bot, 2);
        large.Body = new TextPart("plain") { Text = new string('x', 20_000) };
        await bed.SendAsync(large, ct);
        await bed.WaitForAsync(bot, 1, ct);
        var tooLarge = await RunOnceAsync(("Imap__MaxMessageBytes", "10000"));
        Assert.True(tooLarge.Code == 1, tooLarge.Output);
        Assert.Contains("1 need attention", tooLarge.Output, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output)> RunOnceAsync(params (string Key, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["PORTMAILBOT__Storage__ConnectionString"] = $"Data Source={Path.Combine(_work, "portmailbot.db")}",
            ["PORTMAILBOT__Storage__HealthFile"] = Path.Combine(_work, "health"),
            ["PORTMAILBOT__Mail__LocalFolder"] = Path.Combine(_work, "mail"),
            ["PORTMAILBOT__Mail__TemplatesFolder"] = RepoPaths.Templates,
            ["PORTMAILBOT__Mail__ExamplesFolder"] = "",
        };
        foreach (var (key, value) in MailBedSettings.For(bed, Lane))
        {
            environment["PORTMAILBOT__" + key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        foreach (var (key, value) in extra)
        {
            environment["PORTMAILBOT__" + key] = value;
        }

        return await MailBedProcesses.RunAsync("dotnet", ["exec", RepoPaths.ExecutableDll, "run", "--once"], TimeSpan.FromMinutes(2), environment);
    }

    private static MimeMessage OperatorReply(MimeMessage previous, string bot, string text)
    {
        var message = MailMaker.Request(MailBedFixture.Operator, bot, "Re: " + previous.Subject, text);
        message.InReplyTo = previous.MessageId;
        foreach (var reference in previous.References)
        {
            message.References.Add(reference);
        }

        message.References.Add(previous.MessageId!);
        message.MessageId = MimeUtils.GenerateMessageId("operator.test.local");
        return message;
    }
}
