using MimeKit;
using MimeKit.Utils;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Replies;

/// <summary>The one builder of every reply's envelope, the intake's and the workflow's alike: sender and
/// recipients, subject, date, a Message-ID fixed before the reply is stored, the threading headers, the
/// headers that keep auto-responders quiet and that operators filter on, and the text with its HTML twin.</summary>
public sealed class ReplyEnvelope(MailboxAddress from, TimeProvider time)
{
    /// <summary>At most this many earlier references are carried: enough for any real thread, bounded for a hostile one.</summary>
    private const int MaxReferences = 20;

    public MailboxAddress From => from;

    /// <param name="state">The request's state for <c>X-PortMailBot-State</c>; none when null.</param>
    public MimeMessage Build(
        string requestId,
        PortState? state,
        RenderedReply rendered,
        ThreadAnchor? anchor,
        IEnumerable<MailboxAddress> to,
        IEnumerable<MailboxAddress> cc)
    {
        var reply = new MimeMessage();
        reply.From.Add(from);
        reply.To.AddRange(to);
        reply.Cc.AddRange(cc);
        reply.Subject = rendered.Subject;
        reply.Date = time.GetUtcNow();
        reply.MessageId = MimeUtils.GenerateMessageId(from.Domain is { Length: > 0 } domain ? domain : "portmailbot.local");
        if (anchor is not null && SafeText.IsSafeMessageId(anchor.MessageId))
        {
            reply.InReplyTo = anchor.MessageId;
            foreach (var reference in anchor.References.Where(SafeText.IsSafeMessageId).TakeLast(MaxReferences))
            {
                reply.References.Add(reference);
            }

            if (!reply.References.Contains(anchor.MessageId))
            {
                reply.References.Add(anchor.MessageId);
            }
        }

        reply.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        reply.Headers.Add("X-Auto-Response-Suppress", "All");
        reply.Headers.Add(ReplyHeaders.Request, requestId);
        if (state is { } named)
        {
            reply.Headers.Add(ReplyHeaders.State, named.Name());
        }

        // Quoted-printable: 7-bit safe for any relay, still readable for French text.
        var plain = new TextPart("plain") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        plain.SetText("utf-8", rendered.TextBody);
        var html = new TextPart("html") { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        html.SetText("utf-8", TextToHtml.Convert(rendered.TextBody));
        reply.Body = new MultipartAlternative { plain, html };
        return reply;
    }
}
