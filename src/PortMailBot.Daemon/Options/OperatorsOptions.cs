namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Operators</c>: the porting operators copied on every reply, who drive the workflow.</summary>
public sealed class OperatorsOptions
{
    public const string SectionName = "Operators";

    public IReadOnlyList<string> Addresses { get; set; } = [];

    /// <summary>Obey an operator's command only when <see cref="TrustedAuthServId"/>'s Authentication-Results
    /// shows DKIM or SPF pass for the From address. On by default: a From header is trivially forged.</summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>The authserv-id the receiving mail server writes in Authentication-Results (e.g. <c>mx.example.com</c>).
    /// Required when <see cref="Addresses"/> is set, unless <see cref="AllowUnauthenticated"/>.</summary>
    public string? TrustedAuthServId { get; set; }

    /// <summary>FOR TESTS ONLY: obey a From of <see cref="Addresses"/> without any authentication, so anyone who
    /// writes that From drives requests. Must be set explicitly; the daemon refuses to start otherwise.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>Whether a command must carry the trusted server's pass.</summary>
    public bool AuthenticationRequired => RequireAuthentication && !AllowUnauthenticated;
}
