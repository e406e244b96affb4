using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Intake;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Replies;

public sealed class ReplyComposerTests
{
    private static readonly ReplyComposer Composer = new(
        new TemplateRenderer(RepoPaths.Templates),
        MailboxAddress.Parse("Twilio Porting <porting@example.com>"),
        [MailboxAddress.Parse("ops@example.com")],
        30,
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 15, 0, 0, TimeSpan.Zero)));

    private static MimeMessage Incoming(string subject = "Re: Port request [PR-2026-000007]")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("jane@example.org"));
        message.Subject = subject;
        message.MessageId = "in-2@example.org";
        message.References.Add("in-1@example.org");
        message.Body = new TextPart("plain") { Text = "x" };
        return message;
    }

    private static IntakeResult Result(string language, string decision, string[] reasons, IReadOnlyList<ExtractedDocument>? documents = null) => new(
        new Verdict("f", "in-2@example.org", decision, reasons, "ac0123", new VerdictUser("Jane", "Doe"), null,
            [new VerdictNumber("+14163204134", "geographic"), new VerdictNumber("+18002661199", "toll-free")], []),
        new ReceivedMessage(),
        new RequestFields
        {
            Language = language,
            AuthorizedUser = new PersonName("Jane", "Doe"),
            ServiceAddress = new PostalAddress("120 King St W", "Suite 400", "Toronto", "ON", "M5H 1J9"),
        },
        documents ?? []);

    [Fact]
    public void Compose_hostile_subject_name_and_message_id_are_cleaned_and_cut()
    {
        var incoming = Incoming("Port \u202Eexe.pdf\0 " + new string('x', 100_000));
        incoming.MessageId = "in-2\0\u202E@example.org";
        var customer = new MailboxAddress("Jane \u202EeoD\u2066", "jane@example.org");

        var reply = Composer.Compose("PR-2026-000007", incoming, customer, Result("en", "reject", ["loa-missing"]), new DateOnly(2026, 11, 28));

        Assert.True(reply.Subject!.Length < 400, reply.Subject.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(reply.Subject, c => c is '\0' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
        Assert.Contains("Port exe.pdf xxx", reply.Subject, StringComparison.Ordinal);
        Assert.Equal("Jane eoD", reply.To.Mailboxes.Single().Name);
        Assert.Null(reply.InReplyTo);
        Assert.DoesNotContain(reply.References, r => r.Contains('\0', StringComparison.Ordinal));
        Assert.DoesNotContain('\u202E', reply.TextBody ?? "");
    }

    [Fact]
    public void A_rejected_request_gets_every_reason_in_words_with_both_values_of_a_mismatch()
    {
        var bill = new ExtractedDocument("bill.pdf", DocumentKind.Bill)
        {
            Names = ["John Doe"],
            ServiceAddress = new PostalAddress("12 King St W", null, "Toronto", "ON", "M5H 1J9"),
            StatementDate = new DateOnly(2026, 9, 1),
        };
        string[] reasons = ["bill-address-mismatch", "bill-name-mismatch", "bill-too-old", "number-toll-free", "service-address-po-box"];
        var reply = Composer.Compose("PR-2026-000007", Incoming(), MailboxAddress.Parse("jane@example.org"), Result("en", "reject", reasons, [bill]), new DateOnly(2026, 11, 28));

        Assert.Equal("Re: Port request [PR-2026-000007] - information needed", reply.Subject);
        Assert.Equal("in-2@example.org", reply.InReplyTo);
        Assert.Equal(["in-1@example.org", "in-2@example.org"], reply.References);
        Assert.Equal("auto-replied", reply.Headers["Auto-Submitted"]);
        Assert.Equal("PR-2026-000007", reply.Headers[ReplyHeaders.Request]);
        Assert.Equal("needs-info", reply.Headers[ReplyHeaders.State]);
        Assert.Equal(string.Join(",", reasons), reply.Headers[ReplyHeaders.Reasons]);
        Assert.Equal("ops@example.com", reply.Cc.Mailboxes.Single().Address);
        Assert.False(string.IsNullOrEmpty(reply.MessageId));

        var text = reply.TextBody;
        Assert.StartsWith("Hello Jane,", text, StringComparison.Ordinal);
        Assert.Contains("Your request: 120 King St W, Suite 400, Toronto ON M5H 1J9", text, StringComparison.Ordinal);
        Assert.Contains("On the bill: 12 King St W, Toronto ON M5H 1J9", text, StringComparison.Ordinal);
        Assert.Contains("Your request: Jane Doe", text, StringComparison.Ordinal);
        Assert.Contains("On the bill: John Doe", text, StringComparison.Ordinal);
        Assert.Contains("statement date 2026-09-01", text, StringComparison.Ordinal);
        Assert.Contains("dated 2026-10-29 or later", text, StringComparison.Ordinal);
        Assert.Contains("porting tool in the Twilio Console", text, StringComparison.Ordinal);
        Assert.Contains("(800) 266-1199", text, StringComparison.Ordinal);
        Assert.Contains("A PO Box", text, StringComparison.Ordinal);
        Assert.Contains("<li>", reply.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("On the bill: John Doe", reply.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_request_is_answered_in_french()
    {
        var reply = Composer.Compose("PR-2026-000008", Incoming("Demande de portage"), MailboxAddress.Parse("jane@example.org"), Result("fr", "reject", ["loa-missing"]), new DateOnly(2026, 11, 28));

        Assert.Equal("Re: Demande de portage [PR-2026-000008] - renseignements requis", reply.Subject);
        Assert.StartsWith("Bonjour Jane,", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("lettre d'autorisation (LOA) est manquante", reply.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_request_is_under_review()
    {
        var reply = Composer.Compose("PR-2026-000009", Incoming("Port request"), MailboxAddress.Parse("jane@example.org"), Result("en", "accept", ["number-toll-free"]), new DateOnly(2026, 11, 28));

        Assert.Equal("Re: Port request [PR-2026-000009]", reply.Subject);
        Assert.Equal("in-review", reply.Headers[ReplyHeaders.State]);
        Assert.Equal("number-toll-free", reply.Headers[ReplyHeaders.Reasons]);
        Assert.Contains("within 1 business day", reply.TextBody, StringComparison.Ordinal);
        Assert.Contains("- (416) 320-4134", reply.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "For our review: we could not read the name on the bill (scan.jpg), the address on the Letter of Authorization (loa.pdf); our porting team will check them by eye.")]
    [InlineData("fr", "Pour notre vérification : nous n'avons pas pu lire le nom sur la facture (scan.jpg), l'adresse sur la lettre d'autorisation (loa.pdf) ; notre équipe de portage les vérifiera à l'œil.")]
    public void Fields_that_could_not_be_confirmed_are_named_for_the_reviewing_operator(string language, string sentence)
    {
        var result = Result(language, "accept", []);
        result = result with
        {
            Verdict = result.Verdict with
            {
                Findings =
                [
                    new FieldFinding("bill", FieldFinding.NameField, FieldFinding.Unconfirmed, null, "Jane Doe", [], ["scan.jpg"]),
                    new FieldFinding("loa", FieldFinding.AddressField, FieldFinding.Unconfirmed, null, "120 King St W", [], ["loa.pdf"]),
                ],
            },
        };

        var reply = Composer.Compose("PR-2026-000010", Incoming("Port request"), MailboxAddress.Parse("jane@example.org"), result, new DateOnly(2026, 11, 28));

        Assert.Equal("bill:name,loa:address", reply.Headers[ReplyHeaders.Unconfirmed]);
        Assert.Contains(sentence, reply.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_unconfirmed_says_nothing_about_it()
    {
        var reply = Composer.Compose("PR-2026-000011", Incoming("Port request"), MailboxAddress.Parse("jane@example.org"), Result("en", "accept", []), new DateOnly(2026, 11, 28));

        Assert.Null(reply.Headers[ReplyHeaders.Unconfirmed]);
        Assert.DoesNotContain("could not read", reply.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Re: RE: Fwd: Port request [PR-2026-000001]", "Port request")]
    [InlineData("TR: Demande", "Demande")]
    [InlineData("", "Port request")]
    public void Base_subject_drops_prefixes_and_the_old_tag(string subject, string expected) =>
        Assert.Equal(expected, ReplyComposer.BaseSubject(subject));
}
