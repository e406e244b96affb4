using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Commands;

/// <summary>The messages of one thread saved in a folder (its <c>.eml</c> files), in the order the daemon
/// would have received them: by their Date header, then by file name (a message without a readable Date
/// comes first, as the oldest).</summary>
internal static class ThreadFolder
{
    public static List<ReceivedMessage> Read(string folder, MailReader reader, CancellationToken cancellationToken)
    {
        var messages = new List<(DateTimeOffset Date, string Name, ReceivedMessage Message)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml", SearchOption.TopDirectoryOnly))
        {
            using var stream = File.OpenRead(file);
            var received = reader.Read(stream, cancellationToken);
            messages.Add((DateOf(received.Mime), Path.GetFileName(file), received));
        }

        return [.. messages
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => m.Message)];
    }

    private static DateTimeOffset DateOf(MimeMessage? message)
    {
        // MimeKit gives MinValue for a missing or unparsable Date.
        try
        {
            return message?.Date ?? DateTimeOffset.MinValue;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return DateTimeOffset.MinValue;
        }
    }
}
