using System.Text;
using MimeKit;

namespace PortMailBot.Intake.Mail;

/// <summary>File names and content types of attachments as the rest of the engine wants them.</summary>
internal static class AttachmentNaming
{
    private const int MaxNameLength = 255;

    /// <summary>The file's own name: no folders, no control characters; null when nothing usable is left.</summary>
    public static string? Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var normalized = fileName.Replace('\\', '/');
        var ownName = normalized[(normalized.LastIndexOf('/') + 1)..];
        var builder = new StringBuilder(ownName.Length);
        foreach (var ch in ownName)
        {
            if (!char.IsControl(ch))
            {
                builder.Append(ch);
            }
        }

        var cleaned = builder.ToString().Trim();
        if (cleaned is "" or "." or "..")
        {
            return null;
        }

        return cleaned.Length > MaxNameLength ? cleaned[..MaxNameLength] : cleaned;
    }

    /// <summary>A name for a part that has none, from its position and content type: "attachment-2.pdf".</summary>
    public static string Generated(int position, string contentType)
    {
        var extension = MimeTypes.TryGetExtension(contentType, out var known) ? known : ".bin";
        return $"attachment-{position}{extension}";
    }

    /// <summary>
    /// The declared content type, lower-cased; a generic one (octet-stream) is replaced by what the
    /// file name's extension says, since downstream readers choose by type.
    /// </summary>
    public static string ContentTypeFor(string fileName, string? declared)
    {
        var type = string.IsNullOrWhiteSpace(declared) ? "application/octet-stream" : declared.Trim().ToLowerInvariant();
        if (type is "application/octet-stream" or "application/unknown" or "application/x-unknown" or "application/binary"
            && Path.HasExtension(fileName))
        {
            var guessed = MimeTypes.GetMimeType(fileName);
            if (!string.IsNullOrEmpty(guessed))
            {
                return guessed.ToLowerInvariant();
            }
        }

        return type;
    }
}
