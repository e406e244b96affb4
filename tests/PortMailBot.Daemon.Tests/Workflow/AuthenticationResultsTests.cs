using System.Text;
using MimeKit;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

/// <summary>Hostile <c>Authentication-Results</c> headers, read from raw message text (folding included) the way
/// the daemon reads mail. The trusted server is <c>mx.trusted.example</c>; the operator writes from <c>ops.example</c>.</summary>
public sealed class AuthenticationResultsTests
{
    private const string Trusted = "mx.trusted.example";
    private const string Operator = "desk@ops.example";

    public static TheoryData<string, string> Accepted => new()
    {
        { "plain dkim pass", "Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example header.s=sel\r\n" },
        { "spf pass for a MAIL FROM in the domain", "Authentication-Results: mx.trusted.example; spf=pass smtp.mailfrom=bounce@ops.example; dkim=none\r\n" },
        { "version 1, comments, header.i", "Authentication-Results: mx.trusted.example 1; dkim=pass (good signature) header.i=@ops.example\r\n" },
        { "folded over several lines", "Authentication-Results: mx.trusted.example;\r\n\tdkim=pass (1024-bit key; unprotected)\r\n  header.d=ops.example header.s=sel;\r\n  spf=fail smtp.mailfrom=x@evil.example\r\n" },
        { "method version, case", "Authentication-Results: MX.Trusted.Example; DKIM/1=PASS header.d=OPS.example\r\n" },
        { "quoted authserv-id and reason", "Authentication-Results: \"mx.trusted.example\"; dkim=pass reason=\"good; really\" header.d=ops.example\r\n" },
        { "two trusted headers on top (one per milter)", "Authentication-Results: mx.trusted.example; spf=none smtp.mailfrom=ops.example\r\nAuthentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\r\n" },
        { "a foreign header below the trusted one", "Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\r\nAuthentication-Results: relay.other.example; dkim=fail header.d=ops.example\r\n" },
        { "quoted local-part of MAIL FROM", "Authentication-Results: mx.trusted.example; spf=pass smtp.mailfrom=\"desk office\"@ops.example\r\n" },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { "no header at all", "" },
        { "a pass in a comment", "Authentication-Results: mx.trusted.example; dkim=none (; dkim=pass header.d=ops.example)\r\n" },
        { "a pass in a nested comment with a quoted-pair", "Authentication-Results: mx.trusted.example; dkim=fail (x (y \\) ; dkim=pass header.d=ops.example) z) header.d=ops.example\r\n" },
        { "a pass in a quoted MAIL FROM", "Authentication-Results: mx.trusted.example; spf=fail smtp.mailfrom=\"x; dkim=pass header.d=ops.example\"@evil.example\r\n" },
        { "a quoted MAIL FROM naming the domain, domain elsewhere", "Authentication-Results: mx.trusted.example; spf=pass smtp.mailfrom=\"x@ops.example\"@evil.example\r\n" },
        { "a pass in a quoted reason", "Authentication-Results: mx.trusted.example; dkim=fail reason=\"; dkim=pass header.d=ops.example\" header.d=ops.example\r\n" },
        { "an encoded-word hiding a separator", "Authentication-Results: mx.trusted.example; dkim=none header.d==?utf-8?q?ops.example=3B_dkim=3Dpass_header.d=3Dops.example?=\r\n" },
        { "an unclosed comment swallowing the rest", "Authentication-Results: mx.trusted.example; dkim=fail (oops; dkim=pass header.d=ops.example\r\n" },
        { "a forged trusted header below a foreign one", "Authentication-Results: relay.other.example; dkim=none\r\nAuthentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\r\n" },
        { "a forged trusted header below an unreadable one", "Authentication-Results: mx.trusted.example; dkim=none (\r\nAuthentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\r\n" },
        { "another authserv-id", "Authentication-Results: evil.example; dkim=pass header.d=ops.example\r\n" },
        { "a lookalike authserv-id", "Authentication-Results: mx.trusted.example.evil.example; dkim=pass header.d=ops.example\r\n" },
        { "a pass for another domain", "Authentication-Results: mx.trusted.example; dkim=pass header.d=evil.example; spf=pass smtp.mailfrom=x@evil.example\r\n" },
        { "a suffix lookalike signer", "Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example.evil.example\r\n" },
        { "a prefix lookalike signer", "Authentication-Results: mx.trusted.example; dkim=pass header.d=evilops.example\r\n" },
        { "a parent domain", "Authentication-Results: mx.trusted.example; dkim=pass header.d=example\r\n" },
        { "header.i of the domain but header.d of another", "Authentication-Results: mx.trusted.example; dkim=pass header.d=evil.example header.i=@ops.example\r\n" },
        { "header.d given twice", "Authentication-Results: mx.trusted.example; dkim=pass header.d=evil.example header.d=ops.example\r\n" },
        { "an unknown version", "Authentication-Results: mx.trusted.example 2; dkim=pass header.d=ops.example\r\n" },
        { "none", "Authentication-Results: mx.trusted.example; none\r\n" },
        { "fail and softfail", "Authentication-Results: mx.trusted.example; dkim=fail header.d=ops.example; spf=softfail smtp.mailfrom=ops.example\r\n" },
        { "neutral and temperror", "Authentication-Results: mx.trusted.example; dkim=neutral header.d=ops.example; spf=temperror smtp.mailfrom=ops.example\r\n" },
        { "spf pass on HELO only", "Authentication-Results: mx.trusted.example; spf=pass smtp.helo=ops.example\r\n" },
        { "a result with no method", "Authentication-Results: mx.trusted.example; =pass header.d=ops.example\r\n" },
        { "a stray closing parenthesis", "Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example)\r\n" },
        { "junk after a value", "Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\"x\"\r\n" },
        { "dmarc or arc are not dkim", "Authentication-Results: mx.trusted.example; dmarc=pass header.from=ops.example; arc=pass header.d=ops.example\r\n" },
        { "ARC-Authentication-Results is another field", "ARC-Authentication-Results: i=1; mx.trusted.example; dkim=pass header.d=ops.example\r\n" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Passes_trusted_pass_for_the_from_domain_is_accepted(string why, string headers)
    {
        Assert.True(AuthenticationResults.Passes(Load(headers).Headers, Trusted, Operator), why);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Passes_hostile_or_foreign_header_is_refused(string why, string headers)
    {
        Assert.False(AuthenticationResults.Passes(Load(headers).Headers, Trusted, Operator), why);
    }

    [Fact]
    public void Passes_no_trusted_server_configured_is_refused()
    {
        var message = Load("Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\r\n");
        Assert.False(AuthenticationResults.Passes(message.Headers, " ", Operator));
    }

    [Fact]
    public void Passes_huge_or_deeply_nested_headers_are_refused_quickly()
    {
        var deep = new string('(', 100_000) + new string(')', 100_000);
        var many = string.Concat(Enumerable.Repeat("Authentication-Results: mx.trusted.example; dkim=none\r\n", 60));
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(AuthenticationResults.Passes(Load($"Authentication-Results: mx.trusted.example; dkim=pass {deep} header.d=ops.example\r\n").Headers, Trusted, Operator));
        Assert.False(AuthenticationResults.Passes(Load(many + "Authentication-Results: mx.trusted.example; dkim=pass header.d=ops.example\r\n").Headers, Trusted, Operator));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("mx.trusted.example; dkim=pass (a (nested) comment) header.d=ops.example", true)]
    [InlineData("mx.trusted.example; dkim=fail (x) header.d=ops.example", true)]
    [InlineData("mx.trusted.example; dkim=pass (unclosed header.d=ops.example", false)]
    [InlineData("mx.trusted.example; spf=pass smtp.mailfrom=\"a\\\"b\"@ops.example", true)]
    public void Parse_well_formed_or_not(string value, bool readable)
    {
        Assert.Equal(readable, AuthResParser.Parse(value) is not null);
    }

    private static MimeMessage Load(string authenticationHeaders)
    {
        var raw = authenticationHeaders
            + "Received: from sender.example by mx.trusted.example; Fri, 4 Dec 2026 10:00:00 +0000\r\n"
            + $"From: Desk <{Operator}>\r\nTo: porting@example.com\r\nSubject: /approve\r\nMessage-ID: <a@ops.example>\r\n\r\n/approve\r\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        return MimeMessage.Load(stream);
    }
}
