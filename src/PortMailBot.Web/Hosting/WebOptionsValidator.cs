using Microsoft.Extensions.Options;

namespace PortMailBot.Web.Hosting;

/// <summary>Checks the <c>Web</c> section, every problem at once.</summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        var failures = new List<string>();
        foreach (var url in options.UrlList)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.AbsolutePath != "/")
            {
                failures.Add($"Web:Urls: '{url}' is not an http:// or https:// address with a port and no path, such as http://127.0.0.1:8080.");
            }
        }

        if (options.SignInAttempts < 1)
        {
            failures.Add("Web:SignInAttempts must be at least 1.");
        }

        if (options.SignInWindow < TimeSpan.FromSeconds(1) || options.SessionLifetime < TimeSpan.FromMinutes(1))
        {
            failures.Add("Web:SignInWindow must be at least 00:00:01 and Web:SessionLifetime at least 00:01:00.");
        }

        var oidc = options.OpenIdConnect;
        if (oidc.Enabled)
        {
            if (!Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add("Web:OpenIdConnect:Authority must be an https:// issuer address.");
            }

            if (string.IsNullOrWhiteSpace(oidc.ClientId) || string.IsNullOrWhiteSpace(oidc.ClientSecret))
            {
                failures.Add("Web:OpenIdConnect:ClientId and Web:OpenIdConnect:ClientSecret are required with Web:OpenIdConnect:Authority.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
