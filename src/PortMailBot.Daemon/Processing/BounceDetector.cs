using System.Text.RegularExpressions;
using MimeKit;

namespace PortMailBot.Daemon.Processing;

/// <summary>Recognises delivery reports in every usual form: RFC 3464 <c>multipart/report</c> (or a
/// <c>message/delivery-status</c> part anywhere), a system sender (MAILER-DAEMON, postmaster) in From, Sender
/// or Return-Path, an empty Return-Path <c>&lt;&gt;</c>, Exim's <c>X-Failed-Recipients</c>, the subjects
/// servers write ("Undelivered Mail Returned to Sender", "Delivery Status Notification (Failure)", "Mail
/// delivery failed", "Non remis"...) and the opening sentences of plain-text bounces. Answering a bounce
/// starts a loop or mails a stranger whose address was forged.</summary>
public static partial class BounceDetector
{
    private const int MaxParts = 200;
    private const int BodyPrefix = 4000;

    private static readonly string[] SystemSenders = ["mailer-daemon", "postmaster", "mail-daemon", "maildaemon", "noreply", "no-reply", "do-not-reply", "donotreply", "bounce", "bounces"];

    /// <returns>Why the message is a bounce (or a system sender's mail), or null.</returns>
    public static string? Why(MimeMessage message)
    {
        if (message.Body is MultipartReport || message.Body?.ContentType.IsMimeType("multipart", "report") == true || HasDeliveryStatusPart(message))
        {
            return "bounce-report";
        }

        if (message.Headers.Contains("X-Failed-Recipients"))
        {
            return "bounce-failed-recipients";
        }

        var returnPath = message.Headers[HeaderId.ReturnPath];
        if (returnPath is not null && returnPath.Where(c => !char.IsWhiteSpace(c)).SequenceEqual("<>"))
        {
            return "null-return-path";
        }

        var senders = message.From.Mailboxes.Concat(message.Sender is { } sender ? [sender] : [])
            .Select(m => m.LocalPart)
            .Append(ReturnPathLocalPart(returnPath));
        if (senders.Any(local => local is not null && SystemSenders.Contains(local.Trim().ToLowerInvariant())))
        {
            return "system-sender";
        }

        var subject = message.Subject ?? "";
        if (BounceSubject().IsMatch(subject.Length > 300 ? subject[..300] : subject))
        {
            return "bounce-subject";
        }

        var text = message.TextBody;
        if (text is not null && BounceBody().IsMatch(text.Length > BodyPrefix ? text[..BodyPrefix] : text))
        {
            return "bounce-text";
        }

        return null;
    }

    private static bool HasDeliveryStatusPart(MimeMessage message) =>
        message.BodyParts.Take(MaxParts).Any(part =>
            part.ContentType.IsMimeType("message", "delivery-status")
            || part.ContentType.IsMimeType("message", "global-delivery-status")
            || part.ContentType.IsMimeType("message", "disposition-notification"));

    private static string? ReturnPathLocalPart(string? returnPath)
    {
        var text = returnPath?.Trim().Trim('<', '>').Trim();
        var at = text?.LastIndexOf('@') ?? -1;
        return at > 0 ? text![..at] : null;
    }

    // Non-backtracking: linear in the text, no timeout to hit on a loaded machine.
    // Subjects servers write at the start of a bounce (English and French; Postfix, Exim, Sendmail, Gmail,
    // Exchange, qmail). Anchored at the start: a person's "Re: my mail delivery failed?" is not a bounce.
    [GeneratedRegex(
        @"^\s*(undelivered mail|undeliverable|undelivered|delivery status notification|delivery (failure|failed|has failed|notification)|mail delivery (failed|failure|system|subsystem)|returned mail|failure notice|mail system error|message not delivered|could not send message|warning: could not send|non[- ]?remis|message non remis|non-remise|rapport de non-remise|échec de (la )?(remise|livraison|distribution)|notification d.état de (la )?remise|courrier non distribuable|remise impossible)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BounceSubject();

    // Sentences only delivery software writes, near the top of a plain-text bounce.
    [GeneratedRegex(
        @"this is the mail system at host|i'm sorry to have to inform you that your message could not|this message was created automatically by mail delivery software|delivery to the following recipients? failed|delivery has failed to these recipients|your message (couldn't|could not|wasn't|was not) (be )?delivered|the following addresses had permanent fatal errors|a message that you sent could not be delivered|hi\. this is the qmail-send program|the original message was received at .{1,80}\bfrom\b|^\s*final-recipient:|^\s*diagnostic-code:|votre message n.a pas (pu être|été) (remis|distribué)|ce message a été créé automatiquement par le logiciel de (distribution|remise)|la remise aux destinataires suivants a échoué",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking)]
    private static partial Regex BounceBody();
}
