namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Operators</c>: the porting operators copied on every reply, who drive the workflow.</summary>
public sealed class OperatorsOptions
{
    public const string SectionName = "Operators";

    public List<string> Addresses { get; set; } = [];

    /// <summary>Obey an operator's command only when <see cref="TrustedAuthServId"/>'s Authentication-Results
    /// shows DKIM or SPF pass for the From address.</summary>
    public bool RequireAuthentication { get; set; }

    /// <summary>The authserv-id the receiving mail server writes in Authentication-Results (e.g. <c>mx.example.com</c>).</summary>
    public string? TrustedAuthServId { get; set; }
}
