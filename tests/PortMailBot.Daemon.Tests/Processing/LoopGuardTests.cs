using MimeKit;
using PortMailBot.Daemon.Processing;

namespace PortMailBot.Daemon.Tests.Processing;

public sealed class LoopGuardTests
{
    private const string Own = "porting@example.com";

    private static MimeMessage Message(string from = "customer@example.org")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(Own));
        message.Subject = "Port request";
        message.Body = new TextPart("plain") { Text = "Please port 416-555-0100." };
        return message;
    }

    [Fact]
    public void AnOrdinaryRequestMayBeAnswered() => Assert.Null(LoopGuard.WhyNotAnswer(Message(), Own));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "auto-submitted")]
    [InlineData("Auto-Submitted", "auto-generated", "auto-submitted")]
    [InlineData("X-Autoreply", "yes", "auto-reply")]
    [InlineData("Precedence", "bulk", "precedence-bulk")]
    [InlineData("Precedence", "junk", "precedence-junk")]
    [InlineData("Precedence", "list", "precedence-list")]
    [InlineData("List-Id", "<news.example.org>", "mailing-list")]
    [InlineData("X-PortMailBot-Request", "PR-2026-000001", "own-mail")]
    public void HeadersOfAutomatedMailAreNeverAnswered(string header, string value, string why)
    {
        var message = Message();
        message.Headers.Add(header, value);
        Assert.Equal(why, LoopGuard.WhyNotAnswer(message, Own));
    }

    [Fact]
    public void AutoSubmittedNoIsAPerson()
    {
        var message = Message();
        message.Headers.Add("Auto-Submitted", "no");
        Assert.Null(LoopGuard.WhyNotAnswer(message, Own));
    }

    [Fact]
    public void BouncesAreNeverAnswered()
    {
        var report = Message();
        report.Body = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "failed" } };
        Assert.Equal("bounce-report", LoopGuard.WhyNotAnswer(report, Own));
        Assert.Equal("system-sender", LoopGuard.WhyNotAnswer(Message("MAILER-DAEMON@mx.example.org"), Own));
    }

    [Fact]
    public void OwnMailIsNeverAnswered() => Assert.Equal("own-mail", LoopGuard.WhyNotAnswer(Message(Own.ToUpperInvariant()), Own));

    [Fact]
    public void ReplyToWinsOverFrom()
    {
        var message = Message();
        message.ReplyTo.Add(MailboxAddress.Parse("desk@example.org"));
        Assert.Equal("desk@example.org", LoopGuard.ReplyAddress(message)!.Address);
    }
}
