using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tokens;

/// <summary>Which token, if any, IMAP and SMTP log in with: a fixed <c>AccessToken</c> of their section, else
/// the one renewing source of the <c>OAuth</c> section (IMAP always; SMTP when it has a username and no
/// password). One source for both, so one renewal serves both.</summary>
public sealed class MailTokens : IDisposable
{
    private readonly ImapOptions _imap;
    private readonly SmtpOptions _smtp;
    private readonly RenewingTokenSource? _renewing;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The provider is handed to the RenewingTokenSource, which disposes it and is disposed here.")]
    public MailTokens(IOptions<OAuthOptions> oauth, IOptions<ImapOptions> imap, IOptions<SmtpOptions> smtp, TimeProvider time, ILoggerFactory loggers)
    {
        var options = oauth.Value;
        _imap = imap.Value;
        _smtp = smtp.Value;
        Mechanism = options.Mechanism;
        ITokenProvider? provider = options.Provider switch
        {
            OAuthProvider.TokenEndpoint => new TokenEndpointProvider(options, time, loggers.CreateLogger<TokenEndpointProvider>()),
            OAuthProvider.Microsoft => new MicrosoftTokenProvider(options, time),
            OAuthProvider.Google => new GoogleTokenProvider(options, _imap.Username ?? _smtp.Username ?? "", time),
            _ => null,
        };
        if (provider is not null)
        {
            _renewing = new RenewingTokenSource(provider, options.RenewBefore, time, loggers.CreateLogger<RenewingTokenSource>());
        }
    }

    public OAuthMechanism Mechanism { get; }

    /// <summary>The renewing source's state, for health; null without OAuth.</summary>
    public ITokenHealth? Health => _renewing;

    public IAccessTokenSource? Imap => !string.IsNullOrEmpty(_imap.AccessToken) ? new StaticTokenSource(_imap.AccessToken)
        : string.IsNullOrEmpty(_imap.Password) ? _renewing : null;

    public IAccessTokenSource? Smtp => !string.IsNullOrEmpty(_smtp.AccessToken) ? new StaticTokenSource(_smtp.AccessToken)
        : !string.IsNullOrEmpty(_smtp.Username) && string.IsNullOrEmpty(_smtp.Password) ? _renewing : null;

    public void Dispose() => _renewing?.Dispose();
}
