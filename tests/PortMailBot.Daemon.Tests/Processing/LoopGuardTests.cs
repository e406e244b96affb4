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
    public void An_ordinary_request_may_be_answered() => Assert.Null(LoopGuard.WhyNotAnswer(Message(), Own));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "auto-submitted")]
    [InlineData("Auto-Submitted", "auto-generated", "auto-submitted")]
    [InlineData("X-Autoreply", "yes", "auto-reply")]
    [InlineData("Precedence", "bulk", "precedence-bulk")]
    [InlineData("Precedence", "junk", "precedence-junk")]
    [InlineData("Precedence", "list", "precedence-list")]
    [InlineData("List-Id", "<news.example.org>", "mailing-list")]
    [InlineData("X-PortMailBot-Request", "PR-2026-000001", "own-mail")]
    public void Headers_of_automated_mail_are_never_answered(string header, string value, string why)
    {
        var message = Message();
        message.Headers.Add(header, value);
        Assert.Equal(why, LoopGuard.WhyNotAnswer(message, Own));
    }

    [Fact]
    public void Auto_submitted_no_is_a_person()
    {
        var message = Message();
        message.Headers.Add("Auto-Submitted", "no");
        Assert.Null(LoopGuard.WhyNotAnswer(message, Own));
    }

    [Fact]
    public void Bounces_are_never_answered()
    {
        var report = Message();
        report.Body = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "failed" } };
        Assert.Equal("bounce-report", LoopGuard.WhyNotAnswer(report, Own));
        Assert.Equal("system-sender", LoopGuard.WhyNotAnswer(Message("MAILER-DAEMON@mx.example.org"), Own));
    }

    [Fact]
    public void Own_mail_is_never_answered() => Assert.Equal("own-mail", LoopGuard.WhyNotAnswer(Message(Own.ToUpperInvariant()), Own));

    [Fact]
    public void Reply_address_reply_to_given_is_still_the_from_address()
    {
        var message = Message();
        message.ReplyTo.Add(MailboxAddress.Parse("victim@elsewhere.example"));
        Assert.Equal("customer@example.org", LoopGuard.ReplyAddress(message)!.Address);
        Assert.Null(LoopGuard.WhyNotAnswer(message, Own));
    }

    [Theory]
    [InlineData("Reply-To")]
    [InlineData("Sender")]
    [InlineData("Return-Path")]
    [InlineData("From")]
    public void Why_not_answer_own_address_in_any_header_is_own_mail(string header)
    {
        var message = Message();
        if (header == "From")
        {
            message.From.Add(MailboxAddress.Parse("Porting@Example.COM"));
        }
        else
        {
            message.Headers.Add(header, header == "Return-Path" ? "<PORTING@example.com>" : "Porting <Porting@Example.com>");
        }

        Assert.Equal("own-mail", LoopGuard.WhyNotAnswer(message, Own));
    }

    [Theory]
    [InlineData("Undelivered Mail Returned to Sender")]
    [InlineData("Delivery Status Notification (Failure)")]
    [InlineData("Mail delivery failed: returning message to sender")]
    [InlineData("Non remis : Port request")]
    [InlineData("Undeliverable: Port request")]
    [InlineData("Returned mail: see transcript for details")]
    [InlineData("failure notice")]
    [InlineData("Échec de la remise du message")]
    public void Why_not_answer_bounce_subject_without_report_is_a_bounce(string subject)
    {
        var message = Message();
        message.Subject = subject;
        Assert.Equal("bounce-subject", LoopGuard.WhyNotAnswer(message, Own));
    }

    [Theory]
    [InlineData("This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your message could not be delivered")]
    [InlineData("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered")]
    [InlineData("Hi. This is the qmail-send program at mx.example.org.")]
    [InlineData("Your message couldn't be delivered to jane@example.org")]
    [InlineData("Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; jane@example.org\nAction: failed")]
    [InlineData("Votre message n'a pas pu être remis à jane@example.org")]
    public void Why_not_answer_plain_text_bounce_body_is_a_bounce(string body)
    {
        var message = Message();
        message.Subject = "Re: Port request";
        message.Body = new TextPart("plain") { Text = body };
        Assert.Equal("bounce-text", LoopGuard.WhyNotAnswer(message, Own));
    }

    [Fact]
    public void Why_not_answer_bounce_markers_in_headers_are_bounces()
    {
        var nullPath = Message();
        nullPath.Headers.Add("Return-Path", "< >");
        Assert.Equal("null-return-path", LoopGuard.WhyNotAnswer(nullPath, Own));

        var postmaster = Message();
        postmaster.Headers.Add("Return-Path", "<Postmaster@mx.example.org>");
        Assert.Equal("system-sender", LoopGuard.WhyNotAnswer(postmaster, Own));

        var sender = Message();
        sender.Sender = MailboxAddress.Parse("MAILER-DAEMON@mx.example.org");
        Assert.Equal("system-sender", LoopGuard.WhyNotAnswer(sender, Own));

        var exim = Message();
        exim.Headers.Add("X-Failed-Recipients", "jane@example.org");
        Assert.Equal("bounce-failed-recipients", LoopGuard.WhyNotAnswer(exim, Own));

        var nested = Message();
        nested.Body = new Multipart("mixed") { new TextPart("plain") { Text = "see attached" }, new MimePart("message", "delivery-status") { Content = new MimeContent(new MemoryStream("Action: failed"u8.ToArray())) } };
        Assert.Equal("bounce-report", LoopGuard.WhyNotAnswer(nested, Own));
    }

    [Theory]
    [InlineData("Re: delivery date for my port")]
    [InlineData("Why was my mail delivery failed? Port request")]
    [InlineData("Port request: 416-555-0100")]
    public void Why_not_answer_person_mentioning_delivery_is_answered(string subject)
    {
        var message = Message();
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = "My last message to you was not delivered, please port 416-555-0100." };
        Assert.Null(LoopGuard.WhyNotAnswer(message, Own));
    }
}
