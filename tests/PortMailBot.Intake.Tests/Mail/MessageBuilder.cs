using System.Text;
using MimeKit;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>Small helpers to build test messages with MimeKit.</summary>
internal static class MessageBuilder
{
    public static MimeMessage WithBody(MimeEntity body, string subject = "Port request")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Claire Stewart", "claire@example.org"));
        message.To.Add(new MailboxAddress("Porting", "porting@example.test"));
        message.Subject = subject;
        message.MessageId = "abc123@mail.example.org";
        message.Body = body;
        return message;
    }

    public static TextPart Text(string subtype, string text, string charset = "utf-8", ContentEncoding encoding = ContentEncoding.QuotedPrintable)
    {
        var part = new TextPart(subtype);
        part.SetText(charset, text);
        part.ContentTransferEncoding = encoding;
        return part;
    }

    public static MimePart Attachment(string? fileName, string mimeType, byte[] content, bool inline = false)
    {
        var part = new MimePart(mimeType)
        {
            Content = new MimeContent(new MemoryStream(content)),
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        if (fileName is not null || !inline)
        {
            part.ContentDisposition = new ContentDisposition(inline ? ContentDisposition.Inline : ContentDisposition.Attachment);
            if (fileName is not null)
            {
                part.FileName = fileName;
            }
        }

        return part;
    }

    public static byte[] FakePdf(string marker) => Encoding.ASCII.GetBytes("%PDF-1.4\n% " + marker + "\n%%EOF\n");

    public static Multipart Mixed(params MimeEntity[] parts)
    {
        var mixed = new Multipart("mixed");
        foreach (var part in parts)
        {
            mixed.Add(part);
        }

        return mixed;
    }

    /// <summary>Serializes and parses again, so the reader sees what it would see from the wire.</summary>
    public static MimeMessage RoundTrip(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return MimeMessage.Load(stream);
    }
}
