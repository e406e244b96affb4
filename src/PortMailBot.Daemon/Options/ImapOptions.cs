namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Imap</c>: the porting mailbox. No <see cref="Host"/> means the local mail folder.</summary>
public sealed class ImapOptions
{
    public const string SectionName = "Imap";

    public string? Host { get; set; }

    public int Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.Tls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>An OAuth 2.0 access token; used instead of the password when set (XOAUTH2).</summary>
    public string? AccessToken { get; set; }

    public string Folder { get; set; } = "INBOX";

    public string ProcessedFolder { get; set; } = "Processed";

    /// <summary>The keyword set on processed messages where the server cannot MOVE them.</summary>
    public string ProcessedKeyword { get; set; } = "PortMailBotProcessed";

    /// <summary>Accept any server certificate (self-signed test servers only).</summary>
    public bool AcceptAnyCertificate { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages larger than this are not downloaded: kept for an operator, not answered.</summary>
    public long MaxMessageBytes { get; set; } = 50L * 1024 * 1024;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port != 0 ? Port : Security == MailSecurity.Tls ? 993 : 143;
}
