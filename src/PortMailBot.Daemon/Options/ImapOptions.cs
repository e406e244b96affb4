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

    /// <summary>Keep one connection open and answer mail as it arrives (IDLE, else NOOP every
    /// <see cref="NoopInterval"/>); the poll schedule stays as the safety net. Only in <c>run</c>, not <c>run --once</c>.</summary>
    public bool Push { get; set; } = true;

    /// <summary>IDLE is ended and re-issued this often (servers drop an IDLE after 30 minutes; NATs sooner).</summary>
    public TimeSpan IdleRefresh { get; set; } = TimeSpan.FromMinutes(9);

    /// <summary>How often a server without IDLE is asked (NOOP) for new mail.</summary>
    public TimeSpan NoopInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first wait before reconnecting after a drop; doubled up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(1);

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port != 0 ? Port : Security == MailSecurity.Tls ? 993 : 143;
}
