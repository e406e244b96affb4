using System.Text;
using MimeKit;
using MimeKit.Cryptography;
using MimeKit.Text;
using MimeKit.Tnef;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// Walks one message's MIME tree: body text of this message, text of attached (forwarded) messages,
/// and every attachment, unpacking TNEF and zip archives, each part decoded within size bounds.
/// </summary>
internal sealed class MimeContentWalker(MailReadLimits limits, CancellationToken cancellationToken)
{
    private const string ForwardSeparator = "---------- Forwarded message ---------";

    // Parts that carry no customer content: signatures and machine reports. Listing them would only make
    // the document readers report them as unreadable.
    private static readonly HashSet<string> IgnoredContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature",
        "message/delivery-status", "message/global-delivery-status", "message/disposition-notification",
        "message/global-disposition-notification", "text/rfc822-headers", "message/global-headers",
        "message/feedback-report",
    };

    private readonly List<AttachmentFile> attachments = [];
    private readonly List<UnreadableAttachment> unreadable = [];
    private long attachmentBytes;
    private int attachmentPosition;

    public IReadOnlyList<AttachmentFile> Attachments => attachments;

    public IReadOnlyList<UnreadableAttachment> Unreadable => unreadable;

    public MessageText ReadMessage(MimeMessage message, int depth)
    {
        var body = new BodyText();
        if (message.Body is not null)
        {
            Walk(message.Body, body, depth + 1, textWanted: true);
        }

        string? subject;
        try
        {
            subject = message.Subject;
        }
        catch (FormatException)
        {
            subject = null;
        }

        var own = TextLines.Normalize(string.Join("\n\n", body.Own));
        string ownFresh;
        try
        {
            ownFresh = ReplyQuoteStripper.FreshText(own, subject);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never lose the text over the quote heuristics: all of it is better than none.
            ownFresh = own;
        }

        var fresh = new StringBuilder(ownFresh);
        var full = new StringBuilder(own);
        foreach (var forwarded in body.Forwarded)
        {
            AppendSection(fresh, ForwardSeparator + "\n" + forwarded.Fresh);
            AppendSection(full, ForwardSeparator + "\n" + forwarded.Full);
        }

        return new MessageText(fresh.ToString().Trim(), full.ToString().Trim());
    }

    private static void AppendSection(StringBuilder text, string section)
    {
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(section);
    }

    private void Walk(MimeEntity entity, BodyText body, int depth, bool textWanted)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth > limits.MaxMimeDepth)
        {
            return;
        }

        try
        {
            switch (entity)
            {
                case MultipartEncrypted:
                    unreadable.Add(new UnreadableAttachment(NameOf(entity), "encrypted message content"));
                    break;
                case Multipart multipart when multipart.ContentType.IsMimeType("multipart", "alternative"):
                    WalkAlternative(multipart, body, depth, textWanted);
                    break;
                case Multipart multipart:
                    foreach (var child in multipart)
                    {
                        Walk(child, body, depth + 1, textWanted);
                    }

                    break;
                case MessagePart { Message: not null } messagePart:
                    var forwarded = ReadMessage(messagePart.Message, depth);
                    if (textWanted)
                    {
                        body.Forwarded.Add(forwarded);
                    }

                    break;
                case MimePart part when IsBodyText(part):
                    if (textWanted)
                    {
                        AddOwnText(body, ReadText(part));
                    }

                    break;
                case MimePart part:
                    ReadAttachment(part, body, depth, textWanted);
                    break;
                default:
                    break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One broken part must not cost the rest of the message.
            unreadable.Add(new UnreadableAttachment(NameOf(entity), $"part could not be decoded ({ex.Message})"));
        }
    }

    /// <summary>
    /// Takes the text of one alternative only: text/plain when it says something, else the HTML, else the
    /// last alternative. Inline images of the other alternatives still count as attachments.
    /// </summary>
    private void WalkAlternative(Multipart alternative, BodyText body, int depth, bool textWanted)
    {
        MimeEntity? chosen = null;
        foreach (var child in alternative)
        {
            if (child is TextPart { IsPlain: true } plain && IsBodyText(plain))
            {
                var text = ReadText(plain);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    chosen = child;
                    if (textWanted)
                    {
                        AddOwnText(body, text);
                    }

                    break;
                }
            }
        }

        if (chosen is null)
        {
            chosen = alternative.LastOrDefault(ContainsHtmlBody) ?? alternative.LastOrDefault(c => !c.IsAttachment);
            if (chosen is not null)
            {
                Walk(chosen, body, depth + 1, textWanted);
            }
        }

        foreach (var child in alternative)
        {
            if (!ReferenceEquals(child, chosen) && child is not TextPart)
            {
                Walk(child, body, depth + 1, textWanted: false);
            }
        }
    }

    private static bool ContainsHtmlBody(MimeEntity entity)
    {
        var pending = new Stack<(MimeEntity Entity, int Depth)>();
        pending.Push((entity, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            if (current is TextPart { IsHtml: true } html && IsBodyText(html))
            {
                return true;
            }

            if (current is Multipart multipart && depth < 8)
            {
                foreach (var child in multipart)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return false;
    }

    private static bool IsBodyText(MimePart part)
    {
        if (part is not TextPart text || part.IsAttachment)
        {
            return false;
        }

        string? fileName;
        try
        {
            fileName = part.FileName;
        }
        catch (FormatException)
        {
            fileName = null;
        }

        if (IsRtf(part))
        {
            // Outlook's (TNEF) message body; a named .rtf file is an attachment like any other.
            return string.IsNullOrEmpty(fileName);
        }

        if (!(text.IsPlain || text.IsHtml))
        {
            return false;
        }

        // A named .csv or .log sent as text/plain is a file, not the message.
        return string.IsNullOrEmpty(fileName) || !Path.HasExtension(fileName)
            || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRtf(MimePart part) =>
        part.ContentType.IsMimeType("text", "rtf") || part.ContentType.IsMimeType("application", "rtf");

    private static void AddOwnText(BodyText body, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            body.Own.Add(text);
        }
    }

    private string ReadText(MimePart part)
    {
        using var sink = new LimitedMemoryStream(limits.MaxTextBytes, truncate: true);
        part.Content?.DecodeTo(sink, cancellationToken);
        var text = CharsetDecoder.Decode(sink.ToArray(), part.ContentType.Charset);
        if (part.ContentType.IsMimeType("text", "html"))
        {
            return HtmlToText.Convert(text, limits.MaxTextChars);
        }

        if (IsRtf(part))
        {
            return RtfToText.Convert(text);
        }

        if (text.Length > limits.MaxTextChars)
        {
            text = text[..limits.MaxTextChars];
        }

        if (string.Equals(part.ContentType.Parameters["format"], "flowed", StringComparison.OrdinalIgnoreCase))
        {
            var deleteSpace = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase);
            text = new FlowedToText { DeleteSpace = deleteSpace }.Convert(text);
        }

        return TextLines.Normalize(text);
    }

    private void ReadAttachment(MimePart part, BodyText body, int depth, bool textWanted)
    {
        var contentType = part.ContentType.MimeType.ToLowerInvariant();
        if (IgnoredContentTypes.Contains(contentType))
        {
            return;
        }

        attachmentPosition++;
        var name = SafeFileName(part) ?? AttachmentNaming.Generated(attachmentPosition, contentType);
        byte[] content;
        try
        {
            content = Decode(part, limits.MaxAttachmentBytes);
        }
        catch (SizeLimitExceededException ex)
        {
            unreadable.Add(new UnreadableAttachment(name, $"attachment is {ex.Message} when decoded"));
            return;
        }

        if (content.Length == 0)
        {
            return;
        }

        if (part is TnefPart || IsTnef(name, contentType, content))
        {
            ReadTnef(name, content, body, depth, textWanted);
            return;
        }

        if (IsEncodedMessage(name, contentType) && TryReadAttachedMessage(content, body, depth, textWanted))
        {
            return;
        }

        if (ZipUnpacker.IsZip(name, contentType, content))
        {
            var zip = ZipUnpacker.Unpack(name, content, limits, cancellationToken);
            foreach (var file in zip.Files)
            {
                AddFile(file);
            }

            unreadable.AddRange(zip.Unreadable);
            return;
        }

        AddFile(new AttachmentFile(name, AttachmentNaming.ContentTypeFor(name, contentType), content));
    }

    /// <summary>
    /// A forwarded message that MimeKit left as a plain part: message/rfc822 under base64, or a .eml file
    /// sent as application/octet-stream.
    /// </summary>
    private static bool IsEncodedMessage(string name, string contentType) =>
        contentType is "message/rfc822" or "message/global"
        || name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase);

    private bool TryReadAttachedMessage(byte[] content, BodyText body, int depth, bool textWanted)
    {
        MimeMessage attached;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            attached = MimeMessage.Load(stream, cancellationToken);
        }
        catch (FormatException)
        {
            return false;
        }

        var forwarded = ReadMessage(attached, depth + 1);
        if (textWanted)
        {
            body.Forwarded.Add(forwarded);
        }

        return true;
    }

    private static bool IsTnef(string name, string contentType, byte[] content) =>
        contentType is "application/ms-tnef" or "application/vnd.ms-tnef"
        || (name.Equals("winmail.dat", StringComparison.OrdinalIgnoreCase) && HasTnefSignature(content));

    // Every TNEF stream starts with the signature 0x223E9F78 (little-endian).
    private static bool HasTnefSignature(byte[] content) =>
        content.Length >= 6 && content[0] == 0x78 && content[1] == 0x9F && content[2] == 0x3E && content[3] == 0x22;

    /// <summary>Outlook's winmail.dat: its attachments are the sender's, its body text is this message's text.</summary>
    private void ReadTnef(string name, byte[] content, BodyText body, int depth, bool textWanted)
    {
        if (!HasTnefSignature(content))
        {
            unreadable.Add(new UnreadableAttachment(name, "winmail.dat is not a TNEF stream (bad signature)"));
            return;
        }

        MimeMessage converted;
        try
        {
            using var tnef = new TnefPart { Content = new MimeContent(new MemoryStream(content, writable: false)) };
            converted = tnef.ConvertToMessage();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            unreadable.Add(new UnreadableAttachment(name, $"corrupt TNEF (winmail.dat) attachment ({ex.Message})"));
            return;
        }

        if (converted.Body is not null)
        {
            Walk(converted.Body, body, depth + 1, textWanted);
        }
    }

    private void AddFile(AttachmentFile file)
    {
        if (attachments.Count >= limits.MaxAttachments)
        {
            unreadable.Add(new UnreadableAttachment(file.FileName, $"message has more than {limits.MaxAttachments} attachments"));
            return;
        }

        if (attachmentBytes + file.Content.Length > limits.MaxTotalAttachmentBytes)
        {
            unreadable.Add(new UnreadableAttachment(
                file.FileName,
                $"attachments of the message exceed {SizeLimitExceededException.FormatSize(limits.MaxTotalAttachmentBytes)} in total"));
            return;
        }

        attachmentBytes += file.Content.Length;
        attachments.Add(file);
    }

    private byte[] Decode(MimePart part, long limit)
    {
        if (part.Content is null)
        {
            return [];
        }

        using var sink = new LimitedMemoryStream(limit, truncate: false);
        part.Content.DecodeTo(sink, cancellationToken);
        return sink.ToArray();
    }

    private static string? SafeFileName(MimeEntity entity)
    {
        try
        {
            return entity is MimePart part ? AttachmentNaming.Sanitize(part.FileName) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string NameOf(MimeEntity entity)
    {
        var name = SafeFileName(entity);
        if (name is not null)
        {
            return name;
        }

        try
        {
            return entity.ContentType.MimeType;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return "unnamed part";
        }
    }

    private sealed class BodyText
    {
        public List<string> Own { get; } = [];

        public List<MessageText> Forwarded { get; } = [];
    }
}
