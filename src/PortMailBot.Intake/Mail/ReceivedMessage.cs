using System.Text.Json.Serialization;
using MimeKit;

namespace PortMailBot.Intake.Mail;

/// <summary>One received message, parsed once (<see cref="MailReader"/>): the parts the intake engine reads,
/// and the parsed message the daemon routes on.</summary>
public sealed record ReceivedMessage
{
    /// <summary>The parsed message, for its headers (loop guard, threading, operator authentication); a
    /// headerless stand-in for text that is not MIME; null for a message built by hand or merged.</summary>
    [JsonIgnore]
    public MimeMessage? Mime { get; init; }

    public string? MessageId { get; init; }

    public string? Subject { get; init; }

    public string? From { get; init; }

    /// <summary>The text the sender wrote in this message: quoted replies removed, HTML turned into text.</summary>
    public string FreshText { get; init; } = "";

    /// <summary>All text of the message, quoted replies and forwarded messages included.</summary>
    public string FullText { get; init; } = "";

    public IReadOnlyList<AttachmentFile> Attachments { get; init; } = [];

    /// <summary>Attachments that could not be unpacked (corrupt zip, bomb, bad TNEF), by file name, with why.</summary>
    public IReadOnlyList<UnreadableAttachment> UnreadableAttachments { get; init; } = [];
}

public sealed record UnreadableAttachment(string FileName, string Reason);
