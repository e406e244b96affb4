namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>OAuth</c>: how the daemon acquires and renews the access tokens of the porting mailbox,
/// used for IMAP, and for SMTP when <c>Smtp:Username</c> is set without <c>Smtp:Password</c>. Each secret is
/// given either inline or as a file (<c>...File</c>, read at every renewal, so a rotated secret is picked up).</summary>
public sealed class OAuthOptions
{
    public const string SectionName = "OAuth";

    public const string MicrosoftScope = "https://outlook.office365.com/.default";

    public const string GoogleScope = "https://mail.google.com/";

    public OAuthProvider Provider { get; set; } = OAuthProvider.None;

    /// <summary>The token endpoint (<see cref="OAuthProvider.TokenEndpoint"/>); for Google, an optional override of Google's.</summary>
    public string? TokenEndpoint { get; set; }

    public OAuthGrant Grant { get; set; } = OAuthGrant.ClientCredentials;

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? ClientSecretFile { get; set; }

    public string? RefreshToken { get; set; }

    /// <summary>A file holding the refresh token; a token the server rotates is written back to it.</summary>
    public string? RefreshTokenFile { get; set; }

    /// <summary>Space-separated scopes; defaults to the provider's mail scope.</summary>
    public string? Scope { get; set; }

    /// <summary>Microsoft: the directory (tenant) ID of the mailbox's organisation.</summary>
    public string? TenantId { get; set; }

    /// <summary>Google: the service account's JSON key, with domain-wide delegation for the mailbox.</summary>
    public string? ServiceAccountKeyFile { get; set; }

    public OAuthMechanism Mechanism { get; set; } = OAuthMechanism.XOAuth2;

    /// <summary>A token is renewed this long before it expires (at most half its lifetime before).</summary>
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Configured => Provider != OAuthProvider.None;

    /// <summary>The scopes asked for: <see cref="Scope"/>, else the provider's mail scope.</summary>
    public string EffectiveScope => !string.IsNullOrWhiteSpace(Scope) ? Scope : Provider switch
    {
        OAuthProvider.Microsoft => MicrosoftScope,
        OAuthProvider.Google => GoogleScope,
        _ => "",
    };
}
