namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Health</c>: when the daemon counts as stalled, and whether operators are told by mail.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>Unhealthy when the last successful IMAP contact (IDLE, NOOP or poll) is older than this.</summary>
    public TimeSpan MaxContactAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Unhealthy when a reply has waited in the outbox longer than this.</summary>
    public TimeSpan MaxReplyAge { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Readiness connects to SMTP itself only when the daemon has not tried a connection for this long.</summary>
    public TimeSpan SmtpCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Mail <c>Operators:Addresses</c> once when the daemon turns unhealthy and once when it recovers.</summary>
    public bool AlertOperators { get; set; } = true;
}
