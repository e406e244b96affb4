namespace PortMailBot.Web.Hosting;

/// <summary>Section <c>Web</c>: the operator console. Off unless <see cref="Urls"/> is set.</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>Where the console listens, such as <c>http://127.0.0.1:8080</c> (several separated by <c>;</c>).
    /// Empty: no console, nothing listens.</summary>
    public string Urls { get; set; } = "";

    /// <summary>Failed sign-ins allowed from one client address per <see cref="SignInWindow"/>.</summary>
    public int SignInAttempts { get; set; } = 5;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a console session lasts without activity.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Where the data-protection keys (which sign the cookies) are kept, so sessions survive a restart.
    /// Empty: <c>web-keys</c> beside the database's folder (<c>data/web-keys</c> by default).</summary>
    public string KeysFolder { get; set; } = "";

    /// <summary>Sign-in by OpenID Connect (Microsoft Entra ID, Google Workspace): on when <see cref="OpenIdConnectSettings.Authority"/> is set.</summary>
    public OpenIdConnectSettings OpenIdConnect { get; set; } = new();

    /// <summary>Trust X-Forwarded-Proto and X-Forwarded-For from any address (default: from loopback only). Set it
    /// when a TLS proxy in front is the only way to the console's port, as in a container.</summary>
    public bool TrustForwardedHeaders { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Urls);

    /// <summary>Whether the session and antiforgery cookies may travel without TLS: only when the console listens
    /// on loopback alone over plain HTTP (the embedded mode, the tests), where they never leave the machine.</summary>
    public bool LoopbackOnly => UrlList.Count > 0 && UrlList.All(u =>
        Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp
        && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host, out var ip) && System.Net.IPAddress.IsLoopback(ip))));

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Section <c>Web:OpenIdConnect</c>.</summary>
public sealed class OpenIdConnectSettings
{
    /// <summary>The issuer, such as <c>https://login.microsoftonline.com/TENANT/v2.0</c> or <c>https://accounts.google.com</c>.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The button's text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
