using MimeKit;

namespace PortMailBot.Daemon.Processing;

/// <summary>Recognises mail that must never be answered: auto-replies, bounces, lists, and the bot's own mail.</summary>
public static class LoopGuard
{
    /// <returns>Why the message must not be answered, or null when it may be.</returns>
    public static string? WhyNotAnswer(MimeMessage message, string ownAddress)
    {
        var headers = message.Headers;
        var autoSubmitted = headers[HeaderId.AutoSubmitted];
        if (!string.IsNullOrWhiteSpace(autoSubmitted) && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
        {
            return "auto-submitted";
        }

        if (headers.Contains("X-Autoreply") || headers.Contains("X-Autorespond") || headers.Contains("X-Autoresponder"))
        {
            return "auto-reply";
        }

        var precedence = headers[HeaderId.Precedence]?.Trim().ToLowerInvariant();
        if (precedence is "bulk" or "junk" or "list" or "auto_reply")
        {
            return "precedence-" + precedence;
        }

        if (headers.Contains(HeaderId.ListId))
        {
            return "mailing-list";
        }

        if (message.Body is MultipartReport || message.Body?.ContentType.IsMimeType("multipart", "report") == true)
        {
            return "bounce-report";
        }

        var sender = ReplyAddress(message);
        if (sender is null)
        {
            return "no-sender";
        }

        var local = sender.LocalPart.ToLowerInvariant();
        if (local is "mailer-daemon" or "postmaster" or "noreply" or "no-reply" or "do-not-reply" or "donotreply")
        {
            return "system-sender";
        }

        var returnPath = headers[HeaderId.ReturnPath]?.Trim();
        if (returnPath is "<>")
        {
            return "null-return-path";
        }

        if (headers.Contains(ReplyHeaders.Request) || message.From.Mailboxes.Any(m => string.Equals(m.Address, ownAddress, StringComparison.OrdinalIgnoreCase)))
        {
            return "own-mail";
        }

        return null;
    }

    /// <summary>Where an answer goes: Reply-To when given, else From.</summary>
    public static MailboxAddress? ReplyAddress(MimeMessage message) =>
        message.ReplyTo.Mailboxes.FirstOrDefault(m => m.Address.Contains('@'))
        ?? message.From.Mailboxes.FirstOrDefault(m => m.Address.Contains('@'));
}
