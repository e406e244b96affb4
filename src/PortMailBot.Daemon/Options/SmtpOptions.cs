namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Smtp</c>: where replies are sent. No <see cref="Host"/> means the local outbox folder.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; }

    public MailSecurity Security { get; set; } = MailSecurity.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? AccessToken { get; set; }

    public bool AcceptAnyCertificate { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many SMTP connections send the outbox side by side, each reused for its share of a batch
    /// (Exchange Online allows three at once per mailbox).</summary>
    public int Senders { get; set; } = 3;

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public int EffectivePort => Port != 0 ? Port : Security switch
    {
        MailSecurity.Tls => 465,
        MailSecurity.StartTls => 587,
        _ => 25,
    };
}
