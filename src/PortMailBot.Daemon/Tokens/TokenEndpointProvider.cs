using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tokens;

/// <summary>Any standard OAuth 2.0 token endpoint (RFC 6749 §4.4 client credentials, §6 refresh token), by a
/// plain form POST with the client's credentials in the body. A refresh token the server rotates is kept, and
/// written back to <c>OAuth:RefreshTokenFile</c> when it came from there.</summary>
public sealed class TokenEndpointProvider(OAuthOptions options, TimeProvider time, ILogger<TokenEndpointProvider> logger) : ITokenProvider, IDisposable
{
    /// <summary>Assumed when the server does not say how long its token lives (RFC 6749 makes it optional).</summary>
    internal static readonly TimeSpan UnstatedLifetime = TimeSpan.FromMinutes(10);

    private const int MaxResponseBytes = 256 * 1024;
    private readonly HttpClient _http = new() { Timeout = options.Timeout };
    private string? _rotatedRefreshToken;

    public string Name => "token endpoint";

    public async Task<AccessToken> AcquireAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>> { new("client_id", options.ClientId ?? "") };
        if (await SecretFile.ReadAsync(options.ClientSecret, options.ClientSecretFile, "OAuth:ClientSecret", cancellationToken) is { } secret)
        {
            form.Add(new("client_secret", secret));
        }

        if (options.Grant == OAuthGrant.RefreshToken)
        {
            form.Add(new("grant_type", "refresh_token"));
            form.Add(new("refresh_token", _rotatedRefreshToken
                ?? await SecretFile.ReadAsync(options.RefreshToken, options.RefreshTokenFile, "OAuth:RefreshToken", cancellationToken)
                ?? throw new TokenAcquisitionException("OAuth:RefreshToken is empty.")));
        }
        else
        {
            form.Add(new("grant_type", "client_credentials"));
        }

        if (options.EffectiveScope.Length > 0)
        {
            form.Add(new("scope", options.EffectiveScope));
        }

        var response = await PostAsync(form, cancellationToken);
        if (response.RefreshToken is { Length: > 0 } rotated && options.Grant == OAuthGrant.RefreshToken)
        {
            await KeepRotatedAsync(rotated, cancellationToken);
        }

        return response.Token;
    }

    internal async Task<(AccessToken Token, string? RefreshToken)> PostAsync(List<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        var endpoint = options.TokenEndpoint ?? throw new TokenAcquisitionException("OAuth:TokenEndpoint is not set.");
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var body = await ReadBoundedAsync(response, cancellationToken);
            return Parse(body, (int)response.StatusCode, time.GetUtcNow());
        }
        catch (HttpRequestException ex)
        {
            throw new TokenAcquisitionException($"The token endpoint cannot be reached: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TokenAcquisitionException($"The token endpoint did not answer within {options.Timeout}.", ex);
        }
    }

    /// <summary>Reads a token response; the error names the OAuth error code, never the body (it may echo secrets).</summary>
    internal static (AccessToken Token, string? RefreshToken) Parse(byte[] body, int status, DateTimeOffset now)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new TokenAcquisitionException($"The token endpoint answered {status} without JSON.");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new TokenAcquisitionException($"The token endpoint answered {status} with JSON that is not an object.");
            }

            if (status is < 200 or > 299 || !root.TryGetProperty("access_token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() is not { Length: > 0 } value)
            {
                var error = root.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : "no access_token";
                throw new TokenAcquisitionException($"The token endpoint refused ({status}): {Printable(error)}.");
            }

            var lifetime = root.TryGetProperty("expires_in", out var expires) && Seconds(expires) is { } seconds && seconds > 0
                ? TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(365).TotalSeconds))
                : UnstatedLifetime;
            var refresh = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return (new AccessToken(value, now, now + lifetime), refresh);
        }
    }

    private static double? Seconds(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetDouble(out var n) => n,
        JsonValueKind.String when double.TryParse(element.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };

    private static string Printable(string? text) =>
        text is null ? "" : new string(text.Take(100).Where(c => !char.IsControl(c)).ToArray());

    private static async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxResponseBytes)
            {
                throw new TokenAcquisitionException($"The token endpoint's answer is larger than {MaxResponseBytes} bytes.");
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return buffer.ToArray();
    }

    private async Task KeepRotatedAsync(string rotated, CancellationToken cancellationToken)
    {
        if (string.Equals(rotated, _rotatedRefreshToken, StringComparison.Ordinal))
        {
            return;
        }

        _rotatedRefreshToken = rotated;
        if (!string.IsNullOrWhiteSpace(options.RefreshTokenFile) && string.IsNullOrEmpty(options.RefreshToken))
        {
            try
            {
                await SecretFile.WriteAsync(options.RefreshTokenFile, rotated, cancellationToken);
                logger.LogInformation("The token endpoint rotated the refresh token; written to {File}", options.RefreshTokenFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("The token endpoint rotated the refresh token, kept in memory only: {File} cannot be written ({Error})", options.RefreshTokenFile, ex.Message);
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
