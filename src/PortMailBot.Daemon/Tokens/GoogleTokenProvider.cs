using System.Text.Json;
using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Google.Apis.Auth.OAuth2.Responses;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tokens;

/// <summary>Google Workspace: a service account with domain-wide delegation acting as the mailbox (its JSON
/// key in <c>OAuth:ServiceAccountKeyFile</c>), or an OAuth client's stored refresh token. Scope
/// <c>https://mail.google.com/</c>, the one Gmail's IMAP and SMTP accept.</summary>
public sealed class GoogleTokenProvider(OAuthOptions options, string mailbox, TimeProvider time) : ITokenProvider
{
    public string Name => "Google";

    public async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var now = time.GetUtcNow();
            var token = !string.IsNullOrWhiteSpace(options.ServiceAccountKeyFile)
                ? await ServiceAccountTokenAsync(cancellationToken)
                : await RefreshTokenAsync(cancellationToken);
            if (string.IsNullOrEmpty(token.AccessToken))
            {
                throw new TokenAcquisitionException("Google answered without an access token.");
            }

            var lifetime = token.ExpiresInSeconds is > 0 ? TimeSpan.FromSeconds(token.ExpiresInSeconds.Value) : TokenEndpointProvider.UnstatedLifetime;
            return new AccessToken(token.AccessToken, now, now + lifetime);
        }
        catch (TokenResponseException ex)
        {
            throw new TokenAcquisitionException($"Google refused ({(int?)ex.StatusCode}): {ex.Error?.Error}.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TokenAcquisitionException($"Google's token endpoint cannot be reached: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or System.Security.Cryptography.CryptographicException or IOException)
        {
            throw new TokenAcquisitionException($"OAuth:ServiceAccountKeyFile is not a usable service account key: {ex.GetType().Name}.", ex);
        }
    }

    private async Task<TokenResponse> ServiceAccountTokenAsync(CancellationToken cancellationToken)
    {
        var key = ServiceAccountKey.Read(options.ServiceAccountKeyFile!);
        var tokenUri = !string.IsNullOrWhiteSpace(options.TokenEndpoint) ? options.TokenEndpoint : key.TokenUri ?? GoogleAuthConsts.OidcTokenUrl;
        var initializer = new ServiceAccountCredential.Initializer(key.ClientEmail, tokenUri)
        {
            User = mailbox,
            Scopes = options.EffectiveScope.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        }.FromPrivateKey(key.PrivateKey);
        var credential = new ServiceAccountCredential(initializer);
        if (!await credential.RequestAccessTokenAsync(cancellationToken))
        {
            throw new TokenAcquisitionException("Google did not issue a token for the service account.");
        }

        return credential.Token;
    }

    private async Task<TokenResponse> RefreshTokenAsync(CancellationToken cancellationToken)
    {
        var refresh = await SecretFile.ReadAsync(options.RefreshToken, options.RefreshTokenFile, "OAuth:RefreshToken", cancellationToken)
            ?? throw new TokenAcquisitionException("OAuth:RefreshToken is empty.");
        var secret = await SecretFile.ReadAsync(options.ClientSecret, options.ClientSecretFile, "OAuth:ClientSecret", cancellationToken);
        var tokenUrl = !string.IsNullOrWhiteSpace(options.TokenEndpoint) ? options.TokenEndpoint : GoogleAuthConsts.OidcTokenUrl;
        var initializer = new AuthorizationCodeFlow.Initializer(GoogleAuthConsts.OidcAuthorizationUrl, tokenUrl)
        {
            ClientSecrets = new ClientSecrets { ClientId = options.ClientId, ClientSecret = secret },
            Scopes = options.EffectiveScope.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        };
        using var flow = new AuthorizationCodeFlow(initializer);
        var credential = new UserCredential(flow, mailbox, new TokenResponse { RefreshToken = refresh });
        if (!await credential.RefreshTokenAsync(cancellationToken))
        {
            throw new TokenAcquisitionException("Google did not refresh the token.");
        }

        return credential.Token;
    }
}
