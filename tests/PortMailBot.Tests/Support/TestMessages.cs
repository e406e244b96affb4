using MimeKit;

namespace PortMailBot.Tests.Support;

/// <summary>Builds port-request messages around attachments for pipeline tests.</summary>
public static class TestMessages
{
    public static MimeMessage WithAttachment(string fileName, byte[] content, string body = "Please port 416-320-4134.")
    {
        var builder = new BodyBuilder { TextBody = body };
        builder.Attachments.Add(fileName, content);
        var message = new MimeMessage
        {
            Subject = "Port request",
            MessageId = $"{Guid.NewGuid():N}@example.test",
            Body = builder.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress("Customer", "customer@example.test"));
        message.To.Add(new MailboxAddress("Porting", "porting@example.test"));
        return message;
    }

    public static MemoryStream ToStream(MimeMessage message)
    {
        var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return stream;
    }
}
