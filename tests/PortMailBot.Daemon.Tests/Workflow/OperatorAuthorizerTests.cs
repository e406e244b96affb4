using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

public sealed class OperatorAuthorizerTests
{
    private static OperatorAuthorizer Authorizer(bool requireAuthentication) => new(Microsoft.Extensions.Options.Options.Create(new OperatorsOptions
    {
        Addresses = ["Porting Ops <ops@carrier.example>"],
        AllowUnauthenticated = !requireAuthentication,
        TrustedAuthServId = "mx.portmailbot.example",
    }));

    private static MimeMessage From(string address, params string[] authenticationResults)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(address));
        foreach (var value in authenticationResults)
        {
            message.Headers.Add("Authentication-Results", value);
        }

        return message;
    }

    [Fact]
    public void A_configured_address_is_an_operator_when_authentication_is_not_required()
    {
        Assert.True(Authorizer(false).Check(From("OPS@carrier.example")).Authorized);
    }

    [Fact]
    public void An_unknown_address_is_not_an_operator()
    {
        var check = Authorizer(false).Check(From("someone@carrier.example"));

        Assert.False(check.Authorized);
        Assert.False(check.ClaimsOperator);
    }

    [Theory]
    [InlineData("mx.portmailbot.example; dkim=pass header.d=carrier.example header.s=sel")]
    [InlineData("mx.portmailbot.example; spf=pass smtp.mailfrom=bounces@carrier.example; dkim=none")]
    [InlineData("mx.portmailbot.example 1; dkim=pass (good signature) header.i=@carrier.example")]
    public void A_trusted_pass_for_the_from_domain_authorises(string results)
    {
        Assert.True(Authorizer(true).Check(From("ops@carrier.example", results)).Authorized);
    }

    [Theory]
    [InlineData]
    [InlineData("evil.example; dkim=pass header.d=carrier.example")]
    [InlineData("mx.portmailbot.example; dkim=pass header.d=evil.example")]
    [InlineData("mx.portmailbot.example; spf=pass smtp.mailfrom=x@evil.example")]
    [InlineData("mx.portmailbot.example; dkim=fail header.d=carrier.example; spf=softfail smtp.mailfrom=carrier.example")]
    [InlineData("mx.portmailbot.example; dkim=none (dkim=pass header.d=carrier.example)")]
    public void A_forged_from_without_a_trusted_pass_is_refused(params string[] results)
    {
        var check = Authorizer(true).Check(From("ops@carrier.example", results));

        Assert.False(check.Authorized);
        Assert.True(check.ClaimsOperator);
    }

    [Fact]
    public void Two_from_addresses_are_never_an_operator()
    {
        var message = From("ops@carrier.example");
        message.From.Add(MailboxAddress.Parse("other@else.example"));

        Assert.False(Authorizer(false).Check(message).Authorized);
    }
}
