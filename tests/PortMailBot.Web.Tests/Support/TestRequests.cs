using MimeKit;
using MimeKit.Utils;

namespace PortMailBot.Web.Tests.Support;

/// <summary>Mail the tests send to the bot.</summary>
internal static class TestRequests
{
    /// <summary>A complete French request (signed LOA, CSR, bill), the daemon's mail tests' sample.</summary>
    public static MimeMessage Complete(string from)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "CompleteRequest");
        var body = new BodyBuilder { TextBody = File.ReadAllText(Path.Combine(folder, "body.txt")) };
        foreach (var name in new[] { "Lettre_autorisation_signee.pdf", "Dossier_client_Fleuve.pdf", "Facture_novembre_2026.pdf" })
        {
            body.Attachments.Add(name, File.ReadAllBytes(Path.Combine(folder, name)), new ContentType("application", "pdf"));
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(ConsoleBed.Bot));
        message.Subject = "Demande de portabilité (LOA, CSR, facture)";
        message.MessageId = MimeUtils.GenerateMessageId("customer.test.local");
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>An operator's reply in the thread of <paramref name="previous"/>, carrying <paramref name="command"/>.</summary>
    public static MimeMessage OperatorReply(MimeMessage previous, string command)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(ConsoleBed.Operator));
        message.To.Add(MailboxAddress.Parse(ConsoleBed.Bot));
        message.Subject = "Re: " + previous.Subject;
        message.InReplyTo = previous.MessageId;
        message.References.AddRange(previous.References);
        message.References.Add(previous.MessageId!);
        message.MessageId = MimeUtils.GenerateMessageId("operator.test.local");
        message.Body = new TextPart("plain") { Text = command + "\n\nThanks,\nOps\n" };
        return message;
    }
}
