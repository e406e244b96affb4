using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Tokens;

/// <summary>A real OAuth 2.0 server on loopback for the tests: a token endpoint (refresh-token, client-credentials
/// and Google's JWT-bearer grants) and an RFC 7662 introspection endpoint, which Dovecot's <c>oauth2</c> passdb
/// asks about every login. Tokens live <see cref="Lifetime"/> and can be revoked.</summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "portmailbot-test";
    public const string ClientSecret = "client-secret-not-for-logs";
    public const string RefreshToken = "refresh-token-not-for-logs";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Grant> _tokens = new(StringComparer.Ordinal);
    private readonly Task _serving;
    private int _introspections;

    public LocalIdentityProvider(string user)
    {
        User = user;
        Port = MailBedProcesses.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string User { get; }

    public int Port { get; }

    public string TokenAddress => $"http://127.0.0.1:{Port}/token";

    public string IntrospectionAddress => $"http://127.0.0.1:{Port}/introspect";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When set, the token endpoint answers 400 invalid_grant (a revoked consent).</summary>
    public bool RefuseGrants { get; set; }

    public int Issued => _tokens.Count;

    public string? LastIssued { get; private set; }

    public int Introspections => Volatile.Read(ref _introspections);

    /// <summary>The grant types asked for, in order.</summary>
    public ConcurrentQueue<string> Grants { get; } = new();

    public void RevokeAll()
    {
        foreach (var token in _tokens.Values)
        {
            token.Revoked = true;
        }
    }

    public bool IsActive(string token) =>
        _tokens.TryGetValue(token, out var issued) && !issued.Revoked && DateTimeOffset.UtcNow < issued.ExpiresAt;

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await AnswerAsync(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException)
            {
                // The client went away: nothing to answer.
            }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var form = System.Web.HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
        var (status, body) = context.Request.Url?.AbsolutePath switch
        {
            "/token" => Token(form),
            "/introspect" => Introspect(form["token"]),
            _ => (404, new Dictionary<string, object> { ["error"] = "not_found" }),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private (int, Dictionary<string, object>) Token(System.Collections.Specialized.NameValueCollection form)
    {
        var grant = form["grant_type"] ?? "";
        Grants.Enqueue(grant);
        var valid = grant switch
        {
            "refresh_token" => form["client_id"] == ClientId && form["refresh_token"] == RefreshToken,
            "client_credentials" => form["client_id"] == ClientId && form["client_secret"] == ClientSecret,
            "urn:ietf:params:oauth:grant-type:jwt-bearer" => AssertionSubject(form["assertion"]) == User,
            _ => false,
        };
        if (!valid || RefuseGrants)
        {
            return (400, new Dictionary<string, object> { ["error"] = "invalid_grant" });
        }

        var token = "at-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _tokens[token] = new Grant(DateTimeOffset.UtcNow + Lifetime);
        LastIssued = token;
        return (200, new Dictionary<string, object>
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)Math.Ceiling(Lifetime.TotalSeconds),
        });
    }

    private (int, Dictionary<string, object>) Introspect(string? token)
    {
        Interlocked.Increment(ref _introspections);
        return token is not null && IsActive(token)
            ? (200, new Dictionary<string, object> { ["active"] = true, ["username"] = User })
            : (200, new Dictionary<string, object> { ["active"] = false });
    }

    /// <summary>The <c>sub</c> of a Google service account's signed assertion (the user it acts for).</summary>
    private static string? AssertionSubject(string? assertion)
    {
        var parts = assertion?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        var payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Convert.FromBase64String(payload));
        return json.RootElement.TryGetProperty("sub", out var sub) ? sub.GetString() : null;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving;
    }

    private sealed class Grant(DateTimeOffset expiresAt)
    {
        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public bool Revoked { get; set; }
    }
}
