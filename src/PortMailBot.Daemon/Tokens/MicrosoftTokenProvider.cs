using Microsoft.Identity.Client;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tokens;

/// <summary>Microsoft 365: an app registration's client-credentials token from the Microsoft identity platform
/// (MSAL), for the scope <c>https://outlook.office365.com/.default</c> that IMAP and SMTP AUTH accept. MSAL
/// keeps the token in memory and returns it until it nears expiry; a refused token is fetched anew.</summary>
public sealed class MicrosoftTokenProvider : ITokenProvider
{
    private readonly OAuthOptions _options;
    private readonly TimeProvider _time;
    private readonly IMsalHttpClientFactory? _httpClientFactory;
    private IConfidentialClientApplication? _application;
    private string? _secret;

    public MicrosoftTokenProvider(OAuthOptions options, TimeProvider time)
        : this(options, time, null)
    {
    }

    /// <param name="httpClientFactory">Where MSAL's HTTP goes (tests); null for the real endpoints.</param>
    internal MicrosoftTokenProvider(OAuthOptions options, TimeProvider time, IMsalHttpClientFactory? httpClientFactory)
    {
        _options = options;
        _time = time;
        _httpClientFactory = httpClientFactory;
    }

    public string Name => "Microsoft identity platform";

    public async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var secret = await SecretFile.ReadAsync(_options.ClientSecret, _options.ClientSecretFile, "OAuth:ClientSecret", cancellationToken)
            ?? throw new TokenAcquisitionException("OAuth:ClientSecret is empty.");
        if (_application is null || !string.Equals(secret, _secret, StringComparison.Ordinal))
        {
            // A rotated secret file means a new application object (its token cache goes with the old one).
            var builder = ConfidentialClientApplicationBuilder.Create(_options.ClientId)
                .WithClientSecret(secret)
                .WithAuthority(AzureCloudInstance.AzurePublic, _options.TenantId);
            if (_httpClientFactory is not null)
            {
                builder = builder.WithHttpClientFactory(_httpClientFactory);
            }

            _application = builder.Build();
            _secret = secret;
        }

        try
        {
            var result = await _application.AcquireTokenForClient(_options.EffectiveScope.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken);
            var now = _time.GetUtcNow();
            return new AccessToken(result.AccessToken, now, result.ExpiresOn);
        }
        catch (MsalServiceException ex)
        {
            throw new TokenAcquisitionException($"The Microsoft identity platform refused ({ex.StatusCode}): {ex.ErrorCode}.", ex);
        }
        catch (MsalException ex)
        {
            throw new TokenAcquisitionException($"No token from the Microsoft identity platform: {ex.ErrorCode}.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TokenAcquisitionException($"The Microsoft identity platform cannot be reached: {ex.Message}", ex);
        }
    }
}
