using MimeKit;
using PortMailBot.Daemon.Replies;

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

        if (BounceDetector.Why(message) is { } bounce)
        {
            return bounce;
        }

        if (ReplyAddress(message) is null)
        {
            return "no-sender";
        }

        // Mail naming the daemon itself as its author or its return address is its own mail coming back
        // (or made to look so): answering it writes to itself.
        if (headers.Contains(ReplyHeaders.Request) || OwnAddressIn(message, ownAddress))
        {
            return "own-mail";
        }

        return null;
    }

    /// <summary>Where an answer goes: the From address, never Reply-To. Reply-To is whatever the sender wants it
    /// to be, unauthenticated: answering it would make the daemon mail (LOA form attached) anyone an attacker
    /// names, a spam reflector. A customer who wants replies elsewhere writes from that address.</summary>
    public static MailboxAddress? ReplyAddress(MimeMessage message) =>
        message.From.Mailboxes.FirstOrDefault(m => m.Address.Contains('@', StringComparison.Ordinal));

    private static bool OwnAddressIn(MimeMessage message, string ownAddress)
    {
        var returnPath = message.Headers[HeaderId.ReturnPath]?.Trim().Trim('<', '>').Trim();
        return message.From.Mailboxes.Concat(message.ReplyTo.Mailboxes).Concat(message.Sender is { } sender ? [sender] : [])
            .Select(m => m.Address)
            .Append(returnPath)
            .Any(address => string.Equals(address?.Trim(), ownAddress, StringComparison.OrdinalIgnoreCase));
    }
}
