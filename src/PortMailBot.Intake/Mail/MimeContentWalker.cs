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

    // A plain alternative is taken for a stand-in only when the HTML has at least this many distinct words more.
    private const int MinWordsMoreThanAStandIn = 5;

    // A plain rendition says about what its HTML says; an HTML saying this many times more was not rendered by it.
    private const int StandInWordRatio = 3;

    private readonly AttachmentCollector collected = new(limits);
    private int attachmentPosition;

    public IReadOnlyList<AttachmentFile> Attachments => collected.Attachments;

    public IReadOnlyList<UnreadableAttachment> Unreadable => collected.Unreadable;

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
                    collected.AddUnreadable(MimePartKinds.NameOf(entity), "encrypted message content");
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
                case ApplicationPkcs7Mime pkcs7:
                    // Everything inside is decoded (text read, files copied) before the content is disposed.
                    using (var content = OpaqueSignedContent.Open(pkcs7, cancellationToken))
                    {
                        if (content is not null)
                        {
                            Walk(content, body, depth + 1, textWanted);
                        }
                        else
                        {
                            collected.AddUnreadable(MimePartKinds.NameOf(entity), "encrypted message content");
                        }
                    }

                    break;
                case MimePart part when MimePartKinds.IsBodyText(part):
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
            collected.AddUnreadable(MimePartKinds.NameOf(entity), $"part could not be decoded ({ex.Message})");
        }
    }

    /// <summary>
    /// Takes the text of one alternative only: text/plain when it says something, else the HTML, else the
    /// last alternative. A plain part that says far less than the HTML ("This message is in HTML format")
    /// is a stand-in, and the HTML is read instead. Inline images of the other alternatives still count as
    /// attachments.
    /// </summary>
    private void WalkAlternative(Multipart alternative, BodyText body, int depth, bool textWanted)
    {
        MimeEntity? chosen = null;
        foreach (var child in alternative)
        {
            if (child is TextPart { IsPlain: true } plain && MimePartKinds.IsBodyText(plain))
            {
                var text = ReadText(plain);
                if (!string.IsNullOrWhiteSpace(text) && !SaysFarLessThanHtml(alternative, child, text))
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
            chosen = alternative.LastOrDefault(MimePartKinds.ContainsHtmlBody) ?? alternative.LastOrDefault(c => !c.IsAttachment);
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

    private bool SaysFarLessThanHtml(Multipart alternative, MimeEntity plain, string plainText)
    {
        var html = alternative.LastOrDefault(child => !ReferenceEquals(child, plain) && MimePartKinds.ContainsHtmlBody(child));
        if (html is null || MimePartKinds.FindHtmlBody(html) is not { } htmlPart)
        {
            return false;
        }

        // A plain rendition of the HTML shares its words; a stand-in ("This message is in HTML format, use
        // an HTML-capable client") shares few of them and says less.
        var plainWords = Words(plainText);
        var htmlWords = Words(ReadText(htmlPart));
        if (htmlWords.Count < plainWords.Count + MinWordsMoreThanAStandIn)
        {
            return false;
        }

        // A stand-in in the HTML's own language shares its small words ("de", "est", "message", "this"), so it
        // is also told by the HTML saying several times more than it does.
        var shared = plainWords.Count(htmlWords.Contains);
        return plainWords.Count == 0 || shared * 2 < plainWords.Count || htmlWords.Count >= plainWords.Count * StandInWordRatio;
    }

    private static HashSet<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(word => word.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

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

        if (MimePartKinds.IsRtf(part))
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
        if (MimePartKinds.IsIgnored(contentType))
        {
            return;
        }

        attachmentPosition++;
        var name = MimePartKinds.SafeFileName(part) ?? AttachmentNaming.Generated(attachmentPosition, contentType);
        byte[] content;
        try
        {
            content = Decode(part, limits.MaxAttachmentBytes);
        }
        catch (SizeLimitExceededException ex)
        {
            collected.AddUnreadable(name, $"attachment is {ex.Message} when decoded");
            return;
        }

        if (content.Length == 0)
        {
            return;
        }

        if (part is TnefPart || MimePartKinds.IsTnef(name, contentType, content))
        {
            ReadTnef(name, content, body, depth, textWanted);
            return;
        }

        if (MimePartKinds.IsEncodedMessage(name, contentType) && TryReadAttachedMessage(content, body, depth, textWanted))
        {
            return;
        }

        if (ZipUnpacker.IsZip(name, contentType, content))
        {
            var zip = ZipUnpacker.Unpack(name, content, limits, cancellationToken);
            foreach (var file in zip.Files)
            {
                collected.AddFile(file);
            }

            collected.AddUnreadable(zip.Unreadable);
            return;
        }

        collected.AddFile(new AttachmentFile(name, AttachmentNaming.ContentTypeFor(name, contentType), content));
    }

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

    /// <summary>Outlook's winmail.dat: its attachments are the sender's, its body text is this message's text.</summary>
    private void ReadTnef(string name, byte[] content, BodyText body, int depth, bool textWanted)
    {
        if (!MimePartKinds.HasTnefSignature(content))
        {
            collected.AddUnreadable(name, "winmail.dat is not a TNEF stream (bad signature)");
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
            collected.AddUnreadable(name, $"corrupt TNEF (winmail.dat) attachment ({ex.Message})");
            return;
        }

        if (converted.Body is not null)
        {
            Walk(converted.Body, body, depth + 1, textWanted);
        }
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

    private sealed class BodyText
    {
        public List<string> Own { get; } = [];

        public List<MessageText> Forwarded { get; } = [];
    }
}
