using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tests.Options;

public sealed class OAuthOptionsValidationTests
{
    [Fact]
    public void No_provider_is_valid_and_changes_nothing() =>
        Assert.True(new OAuthOptionsValidator().Validate(null, new OAuthOptions()).Succeeded);

    [Fact]
    public void Every_missing_setting_of_a_provider_is_reported_with_its_key()
    {
        var failures = new OAuthOptionsValidator().Validate(null, new OAuthOptions { Provider = OAuthProvider.Microsoft, Timeout = TimeSpan.Zero }).Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("OAuth:TenantId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("OAuth:ClientId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("OAuth:ClientSecret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("OAuth:Timeout", StringComparison.Ordinal));

        var endpoint = new OAuthOptionsValidator().Validate(null, new OAuthOptions { Provider = OAuthProvider.TokenEndpoint, Grant = OAuthGrant.RefreshToken }).Failures!.ToList();
        Assert.Contains(endpoint, f => f.StartsWith("OAuth:TokenEndpoint", StringComparison.Ordinal));
        Assert.Contains(endpoint, f => f.StartsWith("OAuth:RefreshToken", StringComparison.Ordinal));

        var google = new OAuthOptionsValidator().Validate(null, new OAuthOptions { Provider = OAuthProvider.Google, ServiceAccountKeyFile = "/nonexistent/key.json" }).Failures!;
        Assert.Contains(google, f => f.StartsWith("OAuth:ServiceAccountKeyFile", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://login.example.com/token", false)]
    [InlineData("https://user:hunter2@login.example.com/token", true)]
    [InlineData("http://127.0.0.1:8080/token", true)]
    [InlineData("not a url hunter2", false)]
    public void Secrets_travel_to_a_token_endpoint_over_https_or_to_this_machine_only(string endpoint, bool valid)
    {
        var result = new OAuthOptionsValidator().Validate(null, new OAuthOptions { Provider = OAuthProvider.TokenEndpoint, TokenEndpoint = endpoint, ClientId = "id", ClientSecret = "hunter2" });
        Assert.Equal(valid, result.Succeeded);
        Assert.DoesNotContain(result.Failures ?? [], f => f.Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_secret_given_twice_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = new OAuthOptionsValidator().Validate(null, new OAuthOptions { Provider = OAuthProvider.TokenEndpoint, TokenEndpoint = "https://x/token", ClientId = "id", ClientSecret = "s", ClientSecretFile = file });
            Assert.Contains(result.Failures!, f => f.Contains("both set", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Imap_needs_no_password_when_oauth_renews_its_tokens_and_refuses_both()
    {
        var imap = new ImapOptions { Host = "imap.example.com", Username = "porting@example.com" };
        var oauth = Microsoft.Extensions.Options.Options.Create(new OAuthOptions { Provider = OAuthProvider.Microsoft });
        Assert.True(new ImapOptionsValidator(oauth).Validate(null, imap).Succeeded);
        Assert.True(new ImapOptionsValidator().Validate(null, imap).Failed);

        imap.Password = "p";
        Assert.Contains(new ImapOptionsValidator(oauth).Validate(null, imap).Failures!, f => f.Contains("both set", StringComparison.Ordinal));
    }
}
