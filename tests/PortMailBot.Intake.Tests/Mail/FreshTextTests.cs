using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Mail;

public sealed class FreshTextTests
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";

    private readonly MailReader reader = new();

    [Fact]
    public void Greater_than_quoted_reply_is_not_fresh()
    {
        var body = $"Here is the SID: {Sid}\n\nOn Mon, Nov 23, 2026 at 10:02 AM Twilio Porting <porting@example.test> wrote:\n> Please send your account SID.\n> Account SID: ACffffffffffffffffffffffffffffffff\n";
        var read = Read(MessageBuilder.Text("plain", body), "Re: Port request");

        Assert.Equal($"Here is the SID: {Sid}", read.FreshText);
        Assert.Contains("ACffffffffffffffffffffffffffffffff", read.FullText, StringComparison.Ordinal);
        Assert.Contains(Sid, read.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_answers_below_a_quote_stay_fresh()
    {
        var body = "On Mon, Nov 23, 2026, Porting <porting@example.test> wrote:\n> What is the service address?\n123 Main Street, Ottawa, ON K1A 0B1\n> And the authorized user?\nJean Tremblay\n";
        var read = Read(MessageBuilder.Text("plain", body), "Re: Port request");

        Assert.Equal("123 Main Street, Ottawa, ON K1A 0B1\nJean Tremblay", read.FreshText);
    }

    [Fact]
    public void Attribution_wrapped_over_two_lines_is_recognised()
    {
        var body = "Numbers: 416-555-0100\n\nOn Mon, Nov 23, 2026 at 10:02 AM Twilio Porting Team <\nporting@example.test> wrote:\n\nOld question text without quote marks\n";
        var read = Read(MessageBuilder.Text("plain", body), "Re: Port request");

        Assert.Equal("Numbers: 416-555-0100", read.FreshText);
        Assert.Contains("Old question text", read.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void French_attribution_cuts_the_history()
    {
        var body = "Voici le SID du compte.\n\nLe lun. 23 nov. 2026 à 10 h 02, Équipe Transfert <porting@example.test> a écrit :\nAncien texte\n";
        var read = Read(MessageBuilder.Text("plain", body), "RE: Transfert");

        Assert.Equal("Voici le SID du compte.", read.FreshText);
    }

    [Fact]
    public void Outlook_original_message_cuts_the_history()
    {
        var body = "Updated address: 5 Elm St, Halifax, NS B3J 1A1\n\n-----Original Message-----\nFrom: Porting <porting@example.test>\nSent: Monday, November 23, 2026 10:02 AM\nTo: me\nSubject: RE: Port request\n\nOld text\n";
        var read = Read(MessageBuilder.Text("plain", body), "RE: Port request");

        Assert.Equal("Updated address: 5 Elm St, Halifax, NS B3J 1A1", read.FreshText);
        Assert.Contains("Old text", read.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlook_html_reply_header_block_cuts_the_history()
    {
        const string html = "<div><p>New details below.</p><p>Authorized user: Claire Stewart</p></div>"
            + "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>From:</b> Porting &lt;porting@example.test&gt;<br>"
            + "<b>Sent:</b> Monday, November 23, 2026 10:02 AM<br><b>To:</b> Claire<br><b>Subject:</b> RE: Port request</p></div>"
            + "<p>Old history: Authorized user: Somebody Else</p>";
        var read = Read(MessageBuilder.Text("html", html), "RE: Port request");

        Assert.Equal("New details below.\nAuthorized user: Claire Stewart", read.FreshText);
        Assert.Contains("Somebody Else", read.FullText, StringComparison.Ordinal);
    }

    [Fact]
    public void French_outlook_header_block_cuts_the_history()
    {
        var body = "Nom du titulaire : Hélène Côté\n\nDe : Transfert <porting@example.test>\nEnvoyé : 23 novembre 2026 10:02\nÀ : Hélène\nObjet : RE: Transfert\n\nAncien message\n";
        var read = Read(MessageBuilder.Text("plain", body), "RE: Transfert");

        Assert.Equal("Nom du titulaire : Hélène Côté", read.FreshText);
    }

    [Fact]
    public void Gmail_html_blockquote_is_treated_as_quoted()
    {
        const string html = "<div dir=\"ltr\">Account SID: " + Sid + "</div><br><div class=\"gmail_quote\">"
            + "<div class=\"gmail_attr\">On Mon, Nov 23, 2026 at 10:02 AM Porting &lt;porting@example.test&gt; wrote:<br></div>"
            + "<blockquote class=\"gmail_quote\"><div>Please send the SID ACffffffffffffffffffffffffffffffff</div></blockquote></div>";
        var read = Read(MessageBuilder.Text("html", html), "Re: Port request");

        Assert.Equal("Account SID: " + Sid, read.FreshText);
        Assert.Contains("> Please send the SID", read.FullText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---------- Forwarded message ---------")]
    [InlineData("Début du message réexpédié :")]
    [InlineData("-------- Message transféré --------")]
    [InlineData("Begin forwarded message:")]
    public void Inline_forwarded_message_is_part_of_fresh_text(string marker)
    {
        var body = $"See below.\n\n{marker}\nFrom: Jean Tremblay <jean@example.org>\nDate: Mon, Nov 23, 2026\nSubject: Port\n\nAccount SID: {Sid}\nService address: 5 Elm St, Halifax, NS B3J 1A1\n";
        var read = Read(MessageBuilder.Text("plain", body), "Fwd: Port");

        Assert.StartsWith("See below.", read.FreshText, StringComparison.Ordinal);
        Assert.Contains($"Account SID: {Sid}", read.FreshText, StringComparison.Ordinal);
        Assert.Contains("Service address: 5 Elm St, Halifax, NS B3J 1A1", read.FreshText, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlook_forward_header_block_is_kept()
    {
        var body = $"FYI\n\n________________________________\nFrom: Jean Tremblay <jean@example.org>\nSent: Monday, November 23, 2026 10:02 AM\nTo: Claire\nSubject: FW: Port documents\n\nAccount SID: {Sid}\n";
        var read = Read(MessageBuilder.Text("plain", body), "FW: Port documents");

        Assert.Contains($"Account SID: {Sid}", read.FreshText, StringComparison.Ordinal);
    }

    [Fact]
    public void Apple_mail_forward_in_blockquote_is_kept_and_unquoted()
    {
        var html = "<div>Please see below.</div><div><br><blockquote type=\"cite\"><div>Begin forwarded message:</div>"
            + $"<div><b>From:</b> Jean</div><div><b>Subject:</b> Port</div><div>Account SID: {Sid}</div></blockquote></div>";
        var read = Read(MessageBuilder.Text("html", html), "Fwd: Port");

        Assert.Contains($"Account SID: {Sid}", read.FreshText, StringComparison.Ordinal);
    }

    [Fact]
    public void Forwarded_rfc822_message_text_and_attachments_are_collected()
    {
        var inner = MessageBuilder.WithBody(
            MessageBuilder.Mixed(
                MessageBuilder.Text("plain", $"Account SID: {Sid}\nAuthorized user: Jean Tremblay\n\nOn Sun, Nov 22, 2026, X <x@example.org> wrote:\n> old quoted stuff\n"),
                MessageBuilder.Attachment("LOA.pdf", "application/pdf", MessageBuilder.FakePdf("loa"))),
            "Port documents");
        var outer = MessageBuilder.WithBody(
            MessageBuilder.Mixed(
                MessageBuilder.Text("plain", "Forwarding the request from our owner."),
                new MessagePart { Message = inner, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) },
                MessageBuilder.Attachment("CSR.pdf", "application/pdf", MessageBuilder.FakePdf("csr"))),
            "Fwd: Port documents");

        var read = reader.Read(MessageBuilder.RoundTrip(outer), TestContext.Current.CancellationToken);

        Assert.StartsWith("Forwarding the request from our owner.", read.FreshText, StringComparison.Ordinal);
        Assert.Contains($"Account SID: {Sid}\nAuthorized user: Jean Tremblay", read.FreshText, StringComparison.Ordinal);
        Assert.DoesNotContain("old quoted stuff", read.FreshText, StringComparison.Ordinal);
        Assert.Contains("old quoted stuff", read.FullText, StringComparison.Ordinal);
        Assert.Equal(["LOA.pdf", "CSR.pdf"], read.Attachments.Select(a => a.FileName));
    }

    [Theory]
    [InlineData("message/rfc822", "forwarded.eml")]
    [InlineData("application/octet-stream", "Port request.eml")]
    public void Forwarded_message_sent_as_an_encoded_file_is_read_too(string contentType, string fileName)
    {
        var inner = MessageBuilder.WithBody(
            MessageBuilder.Mixed(
                MessageBuilder.Text("plain", $"Account SID: {Sid}"),
                MessageBuilder.Attachment("LOA.pdf", "application/pdf", MessageBuilder.FakePdf("loa"))),
            "Port documents");
        using var raw = new MemoryStream();
        inner.WriteTo(raw, TestContext.Current.CancellationToken);
        var outer = MessageBuilder.WithBody(
            MessageBuilder.Mixed(
                MessageBuilder.Text("plain", "See attached."),
                MessageBuilder.Attachment(fileName, contentType, raw.ToArray())),
            "Fwd: Port documents");

        var read = reader.Read(MessageBuilder.RoundTrip(outer), TestContext.Current.CancellationToken);

        Assert.Contains($"Account SID: {Sid}", read.FreshText, StringComparison.Ordinal);
        Assert.Equal("LOA.pdf", Assert.Single(read.Attachments).FileName);
    }

    [Fact]
    public void Reply_fresh_text_alone_skips_quoted_forward_markers()
    {
        var body = "Thanks!\n\nOn Mon, Nov 23, 2026 Porting <porting@example.test> wrote:\n> ---------- Forwarded message ---------\n> Account SID: ACffffffffffffffffffffffffffffffff\n";
        var read = Read(MessageBuilder.Text("plain", body), "Re: Fwd: Port");

        Assert.Equal("Thanks!", read.FreshText);
    }

    private ReceivedMessage Read(MimeEntity body, string subject) =>
        reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(body, subject)), TestContext.Current.CancellationToken);
}
