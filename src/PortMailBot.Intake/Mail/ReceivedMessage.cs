namespace PortMailBot.Intake.Mail;

/// <summary>The parts of an email the intake engine reads.</summary>
public sealed record ReceivedMessage
{
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
