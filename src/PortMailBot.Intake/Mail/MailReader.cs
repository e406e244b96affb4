using MimeKit;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// Turns a MIME message into the text and attachments the intake engine reads. Malformed input never
/// throws out of <see cref="Read"/>: a part that cannot be decoded is skipped or reported unreadable.
/// </summary>
public sealed class MailReader
{
    private readonly MailReadLimits limits;

    public MailReader()
        : this(MailReadLimits.Default)
    {
    }

    internal MailReader(MailReadLimits limits) => this.limits = limits;

    /// <summary>Parses a saved or fetched message once (<see cref="MessageLoader"/>: MIME, MIME after leading
    /// noise, else plain text) and reads it. The stream must be seekable.</summary>
    public ReceivedMessage Read(Stream messageStream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageStream);
        if (MessageLoader.TryLoad(messageStream, cancellationToken) is { } message)
        {
            return Read(message, cancellationToken);
        }

        var text = MessageLoader.ReadAsPlainText(messageStream);
        return new ReceivedMessage { Mime = MessageLoader.PlainTextStandIn(text), FreshText = text, FullText = text };
    }

    /// <summary>Reads a message's bytes, as <see cref="Read(Stream, CancellationToken)"/>.</summary>
    public ReceivedMessage Read(byte[] raw, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(raw, writable: false);
        return Read(stream, cancellationToken);
    }

    public ReceivedMessage Read(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var walker = new MimeContentWalker(limits, cancellationToken);
        var text = walker.ReadMessage(message, depth: 0);
        return new ReceivedMessage
        {
            Mime = message,
            MessageId = MessageIdOf(message),
            Subject = HeaderOrNull(() => message.Subject),
            From = HeaderOrNull(() => message.From.Mailboxes.FirstOrDefault()?.Address ?? message.Sender?.Address),
            FreshText = text.Fresh,
            FullText = text.Full,
            Attachments = walker.Attachments,
            UnreadableAttachments = walker.Unreadable,
        };
    }

    /// <summary>The Message-ID in angle brackets, as mail headers and the expected verdicts write it.</summary>
    private static string? MessageIdOf(MimeMessage message)
    {
        var id = HeaderOrNull(() => message.MessageId);
        if (string.IsNullOrWhiteSpace(id))
        {
            // MimeKit gives null for an id it cannot parse; the raw header still identifies the message.
            id = HeaderOrNull(() => message.Headers[HeaderId.MessageId])?.Trim().Trim('<', '>').Trim();
        }

        return string.IsNullOrWhiteSpace(id) ? null : $"<{id.Trim('<', '>')}>";
    }

    private static string? HeaderOrNull(Func<string?> read)
    {
        try
        {
            var value = read();
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
