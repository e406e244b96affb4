using MimeKit;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// What a MIME part is, decided from its headers and first bytes: body text or a file, a part to ignore,
/// an encoded message, a TNEF stream; and a name to report it by. Header values that do not parse never throw.
/// </summary>
internal static class MimePartKinds
{
    // Parts that carry no customer content: signatures and machine reports. Listing them would only make
    // the document readers report them as unreadable.
    private static readonly HashSet<string> IgnoredContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature",
        "message/delivery-status", "message/global-delivery-status", "message/disposition-notification",
        "message/global-disposition-notification", "text/rfc822-headers", "message/global-headers",
        "message/feedback-report",
    };

    public static bool IsIgnored(string contentType) => IgnoredContentTypes.Contains(contentType);

    public static bool IsBodyText(MimePart part)
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

    public static bool IsRtf(MimePart part) =>
        part.ContentType.IsMimeType("text", "rtf") || part.ContentType.IsMimeType("application", "rtf");

    public static bool ContainsHtmlBody(MimeEntity entity) => FindHtmlBody(entity) is not null;

    /// <summary>The HTML body part within <paramref name="entity"/> (itself, or inside a multipart/related).</summary>
    public static TextPart? FindHtmlBody(MimeEntity entity)
    {
        var pending = new Stack<(MimeEntity Entity, int Depth)>();
        pending.Push((entity, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            if (current is TextPart { IsHtml: true } html && IsBodyText(html))
            {
                return html;
            }

            if (current is Multipart multipart && depth < 8)
            {
                foreach (var child in multipart)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A forwarded message that MimeKit left as a plain part: message/rfc822 under base64, or a .eml file
    /// sent as application/octet-stream.
    /// </summary>
    public static bool IsEncodedMessage(string name, string contentType) =>
        contentType is "message/rfc822" or "message/global"
        || name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase);

    public static bool IsTnef(string name, string contentType, byte[] content) =>
        contentType is "application/ms-tnef" or "application/vnd.ms-tnef"
        || (name.Equals("winmail.dat", StringComparison.OrdinalIgnoreCase) && HasTnefSignature(content));

    // Every TNEF stream starts with the signature 0x223E9F78 (little-endian).
    public static bool HasTnefSignature(byte[] content) =>
        content.Length >= 6 && content[0] == 0x78 && content[1] == 0x9F && content[2] == 0x3E && content[3] == 0x22;

    public static string? SafeFileName(MimeEntity entity)
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

    /// <summary>The part's file name, else its content type: what to call it in an unreadable report.</summary>
    public static string NameOf(MimeEntity entity)
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
}
