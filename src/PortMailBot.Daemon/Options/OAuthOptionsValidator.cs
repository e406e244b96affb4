using Microsoft.Extensions.Options;

namespace PortMailBot.Daemon.Options;

/// <summary>Checks the <c>OAuth</c> section: what each provider needs, every problem reported, no secret ever quoted.</summary>
public sealed class OAuthOptionsValidator : IValidateOptions<OAuthOptions>
{
    public ValidateOptionsResult Validate(string? name, OAuthOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("OAuth:Provider must be None, TokenEndpoint, Microsoft or Google.");
            return ValidateOptionsResult.Fail(failures);
        }

        if (!options.Configured)
        {
            return ValidateOptionsResult.Success;
        }

        Secret("OAuth:ClientSecret", options.ClientSecret, options.ClientSecretFile, failures);
        Secret("OAuth:RefreshToken", options.RefreshToken, options.RefreshTokenFile, failures);
        switch (options.Provider)
        {
            case OAuthProvider.TokenEndpoint:
                Endpoint(options.TokenEndpoint, required: true, failures);
                Required("OAuth:ClientId", options.ClientId, failures);
                if (options.Grant == OAuthGrant.RefreshToken)
                {
                    RequiredSecret("OAuth:RefreshToken", options.RefreshToken, options.RefreshTokenFile, "OAuth:Grant=RefreshToken", failures);
                }
                else
                {
                    RequiredSecret("OAuth:ClientSecret", options.ClientSecret, options.ClientSecretFile, "OAuth:Grant=ClientCredentials", failures);
                }

                break;
            case OAuthProvider.Microsoft:
                Required("OAuth:TenantId", options.TenantId, failures);
                Required("OAuth:ClientId", options.ClientId, failures);
                RequiredSecret("OAuth:ClientSecret", options.ClientSecret, options.ClientSecretFile, "OAuth:Provider=Microsoft", failures);
                break;
            case OAuthProvider.Google:
                Endpoint(options.TokenEndpoint, required: false, failures);
                if (!string.IsNullOrWhiteSpace(options.ServiceAccountKeyFile))
                {
                    if (!File.Exists(options.ServiceAccountKeyFile))
                    {
                        failures.Add($"OAuth:ServiceAccountKeyFile {options.ServiceAccountKeyFile} does not exist.");
                    }
                }
                else
                {
                    Required("OAuth:ClientId", options.ClientId, failures, " (or OAuth:ServiceAccountKeyFile)");
                    RequiredSecret("OAuth:ClientSecret", options.ClientSecret, options.ClientSecretFile, "OAuth:Provider=Google without a service account", failures);
                    RequiredSecret("OAuth:RefreshToken", options.RefreshToken, options.RefreshTokenFile, "OAuth:Provider=Google without a service account", failures);
                }

                break;
        }

        if (!Enum.IsDefined(options.Grant))
        {
            failures.Add("OAuth:Grant must be ClientCredentials or RefreshToken.");
        }

        if (!Enum.IsDefined(options.Mechanism))
        {
            failures.Add("OAuth:Mechanism must be XOAuth2 or OAuthBearer.");
        }

        if (options.RenewBefore < TimeSpan.Zero)
        {
            failures.Add("OAuth:RenewBefore must not be negative.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("OAuth:Timeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Required(string key, string? value, List<string> failures, string alternative = "")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key}{alternative} is required for this OAuth:Provider.");
        }
    }

    private static void RequiredSecret(string key, string? value, string? file, string when, List<string> failures)
    {
        if (string.IsNullOrEmpty(value) && string.IsNullOrWhiteSpace(file))
        {
            failures.Add($"{key} (or {key}File) is required with {when}.");
        }
    }

    private static void Secret(string key, string? value, string? file, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            return;
        }

        if (!string.IsNullOrEmpty(value))
        {
            failures.Add($"{key} and {key}File are both set: give one.");
        }
        else if (!File.Exists(file))
        {
            failures.Add($"{key}File {file} does not exist.");
        }
    }

    private static void Endpoint(string? text, bool required, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                failures.Add("OAuth:TokenEndpoint is required with OAuth:Provider=TokenEndpoint.");
            }

            return;
        }

        // Secrets travel in the request: plain HTTP only to this machine.
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add("OAuth:TokenEndpoint must be an absolute https URL (http only on loopback).");
        }
    }
}
