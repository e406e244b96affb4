using System.Text;
using MimeKit;

namespace PortMailBot.Intake.Mail;

/// <summary>The one place a saved or fetched message is parsed: as MIME; again from its first header when
/// blank lines or an mbox <c>From </c> line come first; else as plain text, so a message MimeKit refuses
/// still gets a verdict with what it says.</summary>
internal static class MessageLoader
{
    private const int MaxNoiseBytes = 64 * 1024;

    /// <returns>The parsed message, or null when the bytes are not MIME even after the leading noise.</returns>
    public static MimeMessage? TryLoad(Stream messageStream, CancellationToken cancellationToken)
    {
        try
        {
            return MimeMessage.Load(messageStream, cancellationToken);
        }
        catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException)
        {
        }

        try
        {
            messageStream.Position = SkipLeadingNoise(messageStream);
            return MimeMessage.Load(messageStream, cancellationToken);
        }
        catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The whole stream as text (Latin-1 unless it starts with a byte order mark).</summary>
    public static string ReadAsPlainText(Stream messageStream)
    {
        try
        {
            messageStream.Position = 0;
            using var reader = new StreamReader(messageStream, Encoding.Latin1, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return reader.ReadToEnd();
        }
        catch (NotSupportedException)
        {
            return "";
        }
    }

    /// <summary>A headerless stand-in for text that is not MIME: no sender, no Message-ID, so the daemon's
    /// loop guard finds nobody to answer, as it would for any message without a From.</summary>
    public static MimeMessage PlainTextStandIn(string text)
    {
        var message = new MimeMessage();
        message.Headers.Clear();
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static long SkipLeadingNoise(Stream stream)
    {
        stream.Position = 0;
        var head = new byte[Math.Min(stream.Length, MaxNoiseBytes)];
        stream.ReadExactly(head);
        var start = 0;
        while (start < head.Length)
        {
            var end = Array.IndexOf(head, (byte)'\n', start);
            if (end < 0)
            {
                break;
            }

            var line = Encoding.Latin1.GetString(head, start, end - start).Trim();
            if (line.Length > 0 && !line.StartsWith("From ", StringComparison.Ordinal))
            {
                break;
            }

            start = end + 1;
        }

        return start;
    }
}
