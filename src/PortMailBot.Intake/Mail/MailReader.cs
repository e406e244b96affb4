using MimeKit;

namespace PortMailBot.Intake.Mail;

/// <summary>Turns a MIME message into the text and attachments the intake engine reads.</summary>
public sealed class MailReader
{
    public ReceivedMessage Read(MimeMessage message, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException("TODO(mail): MailReader");
}
