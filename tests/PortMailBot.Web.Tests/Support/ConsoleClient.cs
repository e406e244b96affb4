using System.Net;
using System.Text.RegularExpressions;

namespace PortMailBot.Web.Tests.Support;

/// <summary>The console over plain HTTP, as a browser's forms use it: a cookie jar (the session, the antiforgery
/// cookie) and each form's antiforgery token read from the page it is on.</summary>
internal sealed partial class ConsoleClient : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), CheckCertificateRevocationList = true };
    private readonly HttpClient _http;

    public ConsoleClient(string baseUrl) => _http = new HttpClient(_handler) { BaseAddress = new Uri(baseUrl) };

    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var page = await PostFormAsync("/account/sign-in", new() { ["email"] = email, ["password"] = password }, cancellationToken);
        Assert.DoesNotContain("sign-in-problem", page, StringComparison.Ordinal);
    }

    /// <summary>Posts a request page's action form (<c>approve</c>, ...), as its button does.</summary>
    public Task<string> ActAsync(string id, string action, CancellationToken cancellationToken) =>
        PostFormAsync($"/requests/{id}", new() { ["action"] = action }, cancellationToken);

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
    }

    /// <summary>Gets the page, then posts its form with the fields and the page's antiforgery token; returns
    /// the page the post leads to (after its redirect).</summary>
    private async Task<string> PostFormAsync(string path, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var page = await _http.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
        fields["__RequestVerificationToken"] = Token().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}");
        using var form = new FormUrlEncodedContent(fields);
        var response = await _http.PostAsync(new Uri(path, UriKind.Relative), form, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
