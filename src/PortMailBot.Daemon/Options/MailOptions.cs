namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Mail</c>: the bot's own address and the local mail folders of the embedded mode.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary>The From address of replies, e.g. <c>Twilio Porting &lt;porting@example.com&gt;</c>.</summary>
    public string From { get; set; } = "PortMailBot <porting@localhost>";

    /// <summary>The root of the local mail folders (<c>inbox</c>, <c>outbox</c>, <c>processed</c>) used without servers.</summary>
    public string LocalFolder { get; set; } = "data/mail";

    /// <summary>Example requests copied into an empty local inbox on first run; empty to skip.</summary>
    public string? ExamplesFolder { get; set; } = "examples/inbox";

    /// <summary>The most replies one address gets per hour (compared without regard to case); beyond that,
    /// messages are stored, neither checked nor answered.</summary>
    public int MaxRepliesPerSenderPerHour { get; set; } = 10;

    /// <summary>The most replies in all per hour, whoever they go to: bounds what a flood of forged senders costs.</summary>
    public int MaxRepliesPerHour { get; set; } = 200;

    /// <summary>Folder of the Liquid reply templates.</summary>
    public string TemplatesFolder { get; set; } = "templates";
}
