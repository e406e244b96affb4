using MimeKit;
using MimeKit.Utils;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Customer messages for the tests.</summary>
internal static class MailMaker
{
    public static MimeMessage Request(string from, string to, string subject, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.MessageId = MimeUtils.GenerateMessageId("customer.test.local");
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    public static MimeMessage EnglishTextOnly(string from, string to, int n = 1) => Request(
        from,
        to,
        $"Port request {n}",
        $"""
        Hello,

        Please port our number to Twilio.

        Account SID: AC0f1e2d3c4b5a69788796a5b4c3d2e1f{n % 10}
        Authorized user: Priya Raman
        Service address: 2218 East Hastings Street, Suite 704, Vancouver, BC V5L 1V4
        Number to port: (604) 555-01{n % 100:00}

        Documents will follow.
        Priya
        """);

    /// <summary>What the bed's trusted receiving server would write on top of a signed operator's message
    /// (the bed runs no DKIM milter, so the test writes it, as the last server before the mailbox would).</summary>
    public static MimeMessage Authenticated(MimeMessage message)
    {
        message.Headers.Insert(0, new Header("Authentication-Results", $"{MailBedFixture.TrustedAuthServId}; dkim=pass header.d={MailBedFixture.Domain} header.s=sel; spf=pass smtp.mailfrom={MailBedFixture.Operator}"));
        return message;
    }

    /// <summary>A complete French request (signed LOA, CSR and bill as text-layer PDFs, from public sample
    /// 016), sent from <paramref name="from"/> to <paramref name="to"/>: the checks accept it.</summary>
    public static MimeMessage CompleteRequest(string from, string to)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "CompleteRequest");
        var body = new BodyBuilder { TextBody = File.ReadAllText(Path.Combine(folder, "body.txt")) };
        foreach (var name in new[] { "Lettre_autorisation_signee.pdf", "Dossier_client_Fleuve.pdf", "Facture_novembre_2026.pdf" })
        {
            body.Attachments.Add(name, File.ReadAllBytes(Path.Combine(folder, name)), new ContentType("application", "pdf"));
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Demande de portabilité (LOA, CSR, facture)";
        message.MessageId = MimeUtils.GenerateMessageId("customer.test.local");
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The request's text alone (its attachments left out).</summary>
    public static MimeMessage WithoutAttachments(MimeMessage sample)
    {
        var message = new MimeMessage();
        message.From.AddRange(sample.From);
        message.To.AddRange(sample.To);
        message.Subject = sample.Subject ?? "";
        message.MessageId = MimeUtils.GenerateMessageId("customer.test.local");
        message.Body = new TextPart("plain") { Text = sample.TextBody ?? "" };
        return message;
    }

    /// <summary>A reply to <paramref name="previous"/> carrying the attachments of <paramref name="sample"/>.</summary>
    public static MimeMessage FollowUpWithAttachments(MimeMessage previous, MimeMessage sample, string from, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.AddRange(previous.From);
        message.Subject = "Re: " + previous.Subject;
        message.MessageId = MimeUtils.GenerateMessageId("customer.test.local");
        message.InReplyTo = previous.MessageId;
        foreach (var reference in previous.References)
        {
            message.References.Add(reference);
        }

        message.References.Add(previous.MessageId!);
        var body = new BodyBuilder { TextBody = text };
        foreach (var attachment in sample.Attachments.OfType<MimePart>())
        {
            using var content = new MemoryStream();
            attachment.Content!.DecodeTo(content);
            body.Attachments.Add(attachment.FileName ?? "attachment", content.ToArray(), attachment.ContentType);
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    public static string Header(MimeMessage message, string name) => message.Headers[name] ?? "";
}
