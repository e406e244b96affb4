using PortMailBot.Web.Hosting;

namespace PortMailBot.Web.Tests.Hosting;

public sealed class WebOptionsValidatorTests
{
    [Fact]
    public void The_console_is_off_by_default_and_the_defaults_are_valid()
    {
        var options = new WebOptions();

        Assert.False(options.Enabled);
        Assert.True(new WebOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Every_wrong_value_is_reported_at_once()
    {
        var options = new WebOptions
        {
            Urls = "ftp://127.0.0.1:21;http://127.0.0.1:8080/console",
            SignInAttempts = 0,
            OpenIdConnect = new OpenIdConnectSettings { Authority = "http://login.example.com" },
        };

        var failures = new WebOptionsValidator().Validate(null, options).Failures!.ToList();

        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.Contains("ftp://", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("/console", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("SignInAttempts", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Authority", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("ClientSecret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://localhost:8080", true)]
    [InlineData("http://127.0.0.1:8080;http://[::1]:8080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("https://127.0.0.1:8443", false)]
    public void Cookies_may_go_without_tls_only_on_loopback_over_plain_http(string urls, bool loopbackOnly) =>
        Assert.Equal(loopbackOnly, new WebOptions { Urls = urls }.LoopbackOnly);
}
