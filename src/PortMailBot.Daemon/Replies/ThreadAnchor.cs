using MimeKit;

namespace PortMailBot.Daemon.Replies;

/// <summary>The message a reply answers, for In-Reply-To and References.</summary>
public sealed record ThreadAnchor(string MessageId, IReadOnlyList<string> References)
{
    public static ThreadAnchor Of(MimeMessage message) => new(message.MessageId ?? "", [.. message.References]);

    /// <summary>From a stored row: the references are kept as <c>&lt;a&gt; &lt;b&gt;</c>.</summary>
    public static ThreadAnchor Of(string messageId, string? references) =>
        new(messageId, [.. (references ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim('<', '>')).Where(r => r.Length > 0)]);
}
