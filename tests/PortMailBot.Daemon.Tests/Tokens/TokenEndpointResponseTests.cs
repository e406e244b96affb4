using System.Text;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Tests.Tokens;

public sealed class TokenEndpointResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_response_gives_the_token_its_lifetime_and_a_rotated_refresh_token()
    {
        var (token, refresh) = TokenEndpointProvider.Parse(Bytes("""{"access_token":"abc","expires_in":"3599","refresh_token":"r2","token_type":"Bearer"}"""), 200, Now);
        Assert.Equal("abc", token.Value);
        Assert.Equal(Now.AddSeconds(3599), token.ExpiresAt);
        Assert.Equal("r2", refresh);
    }

    [Fact]
    public void A_response_without_a_lifetime_is_given_ten_minutes()
    {
        var (token, _) = TokenEndpointProvider.Parse(Bytes("""{"access_token":"abc"}"""), 200, Now);
        Assert.Equal(Now + TokenEndpointProvider.UnstatedLifetime, token.ExpiresAt);
    }

    [Theory]
    [InlineData("""{"error":"invalid_client","error_description":"secret s3cr3t is wrong"}""", 401, "invalid_client")]
    [InlineData("""<html>bad gateway</html>""", 502, "without JSON")]
    [InlineData("""[1,2]""", 200, "not an object")]
    [InlineData("""{"access_token":""}""", 200, "no access_token")]
    [InlineData("""{"access_token":42}""", 200, "no access_token")]
    [InlineData("""{"access_token":"abc"}""", 500, "refused (500)")]
    public void A_refusal_or_garbage_is_a_clear_error_that_quotes_no_description(string body, int status, string expected)
    {
        var error = Assert.Throws<TokenAcquisitionException>(() => TokenEndpointProvider.Parse(Bytes(body), status, Now));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
