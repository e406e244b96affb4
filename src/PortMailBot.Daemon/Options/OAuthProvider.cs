namespace PortMailBot.Daemon.Options;

/// <summary>Where the daemon gets the OAuth 2.0 access tokens it logs in to IMAP and SMTP with.</summary>
public enum OAuthProvider
{
    /// <summary>No OAuth: password (or a fixed <c>Imap:AccessToken</c>).</summary>
    None,

    /// <summary>Any standard token endpoint (RFC 6749), refresh-token or client-credentials grant.</summary>
    TokenEndpoint,

    /// <summary>Microsoft 365 through the Microsoft identity platform's client-credentials flow (MSAL).</summary>
    Microsoft,

    /// <summary>Google Workspace through a service account with domain-wide delegation, or a stored refresh token.</summary>
    Google,
}
