namespace PortMailBot.Daemon.Options;

/// <summary>How a mail connection is protected: <c>None</c> only makes sense on loopback.</summary>
public enum MailSecurity
{
    None,
    StartTls,
    Tls,
}
