using System.Text;
using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Mail;

public sealed class MailReaderBodyTests
{
    private readonly MailReader reader = new();

    [Fact]
    public void Plain_text_body_is_fresh_and_full_text()
    {
        var message = MessageBuilder.RoundTrip(MessageBuilder.WithBody(
            MessageBuilder.Text("plain", "Hello,\nAccount SID: AC0123456789abcdef0123456789abcdef\nThanks")));

        var read = reader.Read(message, TestContext.Current.CancellationToken);

        Assert.Equal("Hello,\nAccount SID: AC0123456789abcdef0123456789abcdef\nThanks", read.FreshText);
        Assert.Equal(read.FreshText, read.FullText);
        Assert.Empty(read.Attachments);
        Assert.Empty(read.UnreadableAttachments);
    }

    [Fact]
    public void Headers_are_read_with_message_id_in_angle_brackets()
    {
        var message = MessageBuilder.RoundTrip(MessageBuilder.WithBody(MessageBuilder.Text("plain", "Hi"), "Number port to Twilio"));

        var read = reader.Read(message, TestContext.Current.CancellationToken);

        Assert.Equal("<abc123@mail.example.org>", read.MessageId);
        Assert.Equal("Number port to Twilio", read.Subject);
        Assert.Equal("claire@example.org", read.From);
    }

    [Fact]
    public void Html_only_body_becomes_readable_lines()
    {
        const string html = """
            <html><head><style>p { color: red; }</style><script>var x = "AC-not-this";</script></head>
            <body><p>Bonjour,</p><div><b>SID du compte&nbsp;:</b>&nbsp;ACb21b8ab27efc578723209cb68fcbdd12</div>
            <ul><li>+1 778 674 7563</li><li>778.640.4605</li></ul>
            <p>Nom&nbsp;: &Eacute;tienne Morin &amp; fils<br>Contr&ocirc;leur</p></body></html>
            """;
        var message = MessageBuilder.RoundTrip(MessageBuilder.WithBody(MessageBuilder.Text("html", html)));

        var read = reader.Read(message, TestContext.Current.CancellationToken);

        Assert.Equal(
            "Bonjour,\nSID du compte : ACb21b8ab27efc578723209cb68fcbdd12\n+1 778 674 7563\n778.640.4605\nNom : Étienne Morin & fils\nContrôleur",
            read.FreshText);
        Assert.DoesNotContain("color", read.FullText, StringComparison.Ordinal);
        Assert.DoesNotContain("not-this", read.FullText, StringComparison.Ordinal);
        Assert.Empty(read.Attachments);
    }

    [Fact]
    public void Alternative_prefers_plain_text()
    {
        var alternative = new MultipartAlternative
        {
            MessageBuilder.Text("plain", "Plain version"),
            MessageBuilder.Text("html", "<p>HTML version</p>"),
        };
        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(alternative)), TestContext.Current.CancellationToken);

        Assert.Equal("Plain version", read.FreshText);
        Assert.Equal("Plain version", read.FullText);
        Assert.Empty(read.Attachments);
    }

    [Fact]
    public void Alternative_with_blank_plain_text_falls_back_to_html()
    {
        var alternative = new MultipartAlternative
        {
            MessageBuilder.Text("plain", "  \n \n"),
            MessageBuilder.Text("html", "<p>HTML version</p><p>second line</p>"),
        };
        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(alternative)), TestContext.Current.CancellationToken);

        Assert.Equal("HTML version\nsecond line", read.FreshText);
    }

    [Fact]
    public void Alternative_with_related_html_keeps_inline_image_as_attachment()
    {
        var related = new MultipartRelated
        {
            MessageBuilder.Text("html", "<p>See the LOA photo</p><img src=\"cid:loa\">"),
            MessageBuilder.Attachment(null, "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], inline: true),
        };
        var alternative = new MultipartAlternative { MessageBuilder.Text("plain", "See the LOA photo"), related };
        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(alternative)), TestContext.Current.CancellationToken);

        Assert.Equal("See the LOA photo", read.FreshText);
        var image = Assert.Single(read.Attachments);
        Assert.Equal("image/jpeg", image.ContentType);
        Assert.Matches(@"^attachment-\d+\.jpg$", image.FileName);
    }

    [Fact]
    public void Iso88591_quoted_printable_is_decoded()
    {
        const string raw = "From: a@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + "Nom du titulaire : =C9tienne B=E9rub=E9\r\nAdresse : 12 rue de l'=C9glise, Qu=E9bec\r\n";
        var read = reader.Read(Load(Encoding.ASCII.GetBytes(raw)), TestContext.Current.CancellationToken);

        Assert.Equal("Nom du titulaire : Étienne Bérubé\nAdresse : 12 rue de l'Église, Québec", read.FreshText);
    }

    [Fact]
    public void Windows1252_base64_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var body = Encoding.GetEncoding(1252).GetBytes("I\u2019ve attached the bill \u2013 total 12\u20AC, Montr\u00E9al");
        var raw = "From: a@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Convert.ToBase64String(body) + "\r\n";
        var read = reader.Read(Load(Encoding.ASCII.GetBytes(raw)), TestContext.Current.CancellationToken);

        Assert.Equal("I\u2019ve attached the bill \u2013 total 12\u20AC, Montr\u00E9al", read.FreshText);
    }

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-8")]
    [InlineData("us-ascii")]
    public void Wrong_or_unknown_charset_falls_back_without_throwing(string charset)
    {
        // Latin-1 bytes that are not valid UTF-8, under a charset label that does not fit them.
        var raw = Encoding.ASCII.GetBytes("From: a@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            + $"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        var body = Encoding.Latin1.GetBytes("R\u00E9sidence Qu\u00E9bec\r\n");
        var read = reader.Read(Load([.. raw, .. body]), TestContext.Current.CancellationToken);

        Assert.Equal("R\u00E9sidence Qu\u00E9bec", read.FreshText);
    }

    [Theory]
    [InlineData("iso-8859-1", "base64", "Titulaire autoris\u00E9 : J\u00E9r\u00F4me Marchand")]
    [InlineData("windows-1252", "quoted-printable", "Adresse de service : 5564, rue Saint-Joseph Est, Qu\u00E9bec")]
    [InlineData("latin1", "8bit", "Nom du titulaire : \u00C9lodie B\u00E9rub\u00E9-C\u00F4t\u00E9")]
    [InlineData("iso-8859-15", "base64", "I\u2019ve attached the LOA \u2013 Fran\u00E7ois Tr\u00E9panier")]
    [InlineData("us-ascii", "quoted-printable", "Authorized user: Zo\u00E9 \u00D8sterg\u00E5rd")]
    public void Utf8_text_under_a_single_byte_label_is_read_as_utf8(string label, string transfer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text + "\r\n");
        var encoded = transfer switch
        {
            "base64" => Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes) + "\r\n"),
            "quoted-printable" => Encoding.ASCII.GetBytes(string.Concat(bytes.Select(b => b is >= 0x80 or (byte)'=' ? $"={b:X2}" : ((char)b).ToString()))),
            _ => bytes,
        };
        var raw = Encoding.ASCII.GetBytes("From: a@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            + $"Content-Type: text/plain; charset={label}\r\nContent-Transfer-Encoding: {transfer}\r\n\r\n");
        var read = reader.Read(Load([.. raw, .. encoded]), TestContext.Current.CancellationToken);

        Assert.Equal(text, read.FreshText);
    }

    [Theory]
    [InlineData("iso-8859-1", "Qu\u00E9bec \u00E0 Montr\u00E9al, \u00C9lodie")]
    [InlineData("windows-1252", "Fran\u00E7ois \u2013 r\u00E9sidence \u00AB B\u00E9rub\u00E9 \u00BB")]
    public void Legacy_text_under_its_own_label_stays_legacy(string label, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var raw = Encoding.ASCII.GetBytes("From: a@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            + $"Content-Type: text/plain; charset={label}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        var read = reader.Read(Load([.. raw, .. Encoding.GetEncoding(1252).GetBytes(text + "\r\n")]), TestContext.Current.CancellationToken);

        Assert.Equal(text, read.FreshText);
    }

    [Fact]
    public void Utf8_without_declared_charset_is_decoded()
    {
        var raw = Encoding.ASCII.GetBytes("From: a@example.org\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        var read = reader.Read(Load([.. raw, .. Encoding.UTF8.GetBytes("H\u00E9l\u00E8ne C\u00F4t\u00E9\r\n")]), TestContext.Current.CancellationToken);

        Assert.Equal("H\u00E9l\u00E8ne C\u00F4t\u00E9", read.FreshText);
    }

    [Fact]
    public void Html_tables_keep_label_and_value_on_one_line()
    {
        const string html = "<table><tr><td>Account SID</td><td>AC0123456789abcdef0123456789abcdef</td></tr>"
            + "<tr><td>Service address</td><td>1 King St W, Toronto, ON M5H 1A1</td></tr></table>";
        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(MessageBuilder.Text("html", html))), TestContext.Current.CancellationToken);

        Assert.Equal("Account SID\tAC0123456789abcdef0123456789abcdef\nService address\t1 King St W, Toronto, ON M5H 1A1", read.FreshText);
    }

    [Fact]
    public void Deeply_nested_html_does_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 50_000));
        var read = reader.Read(MessageBuilder.WithBody(MessageBuilder.Text("html", html)), TestContext.Current.CancellationToken);

        Assert.Equal("deep text", read.FreshText);
    }

    [Fact]
    public void Large_inline_data_images_do_not_crowd_out_the_text()
    {
        var image = Convert.ToBase64String(new byte[3 * 1024 * 1024]);
        var html = $"<p>Logo</p><img src=\"data:image/png;base64,{image}\"><p>Account SID: AC0123456789abcdef0123456789abcdef</p>";
        var read = reader.Read(MessageBuilder.WithBody(MessageBuilder.Text("html", html)), TestContext.Current.CancellationToken);

        Assert.Equal("Logo\nAccount SID: AC0123456789abcdef0123456789abcdef", read.FreshText);
    }

    [Fact]
    public void Mixed_body_with_several_text_parts_keeps_them_all()
    {
        var mixed = MessageBuilder.Mixed(
            MessageBuilder.Text("plain", "First part"),
            MessageBuilder.Attachment("LOA.pdf", "application/pdf", MessageBuilder.FakePdf("loa"), inline: true),
            MessageBuilder.Text("plain", "Second part"));
        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(mixed)), TestContext.Current.CancellationToken);

        Assert.Equal("First part\n\nSecond part", read.FreshText);
        Assert.Equal("LOA.pdf", Assert.Single(read.Attachments).FileName);
    }

    private static MimeMessage Load(byte[] raw)
    {
        using var stream = new MemoryStream(raw);
        return MimeMessage.Load(stream);
    }
}
