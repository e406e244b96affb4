using MailKit.Net.Imap;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Tests.Tokens;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>OAuth 2.0 against real Dovecot (oauth2 passdb) and Postfix submission (Dovecot SASL): the daemon
/// acquires its tokens from a local identity provider, renews them as they expire, and renews once more when
/// the server refuses one.</summary>
[Collection(OAuthMailBedCollection.Name)]
public sealed class OAuthMailTests(OAuthMailBedFixture bed) : IDisposable
{
    private readonly string _secrets = Directory.CreateTempSubdirectory("portmailbot-secrets-").FullName;

    public void Dispose() => Directory.Delete(_secrets, recursive: true);

    [Fact]
    public async Task Tokens_that_expire_in_seconds_are_renewed_for_imap_and_smtp_and_every_request_is_answered()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        bed.Identity.Lifetime = TimeSpan.FromSeconds(3);
        var issuedBefore = bed.Identity.Issued;
        var grantsBefore = bed.Identity.Grants.Count;
        var repliesBefore = (await bed.WaitForAsync(OAuthMailBedFixture.Customer, 0, ct)).Count;
        await using var daemon = new DaemonHarness(bed.Settings(RefreshTokenFile()));

        string? firstToken = null;
        const int rounds = 3;
        for (var round = 1; round <= rounds; round++)
        {
            await bed.SendAsync(MailMaker.EnglishTextOnly(OAuthMailBedFixture.Customer, OAuthMailBedFixture.Bot, round), ct);
            await bed.WaitForAsync(OAuthMailBedFixture.Bot, 1, ct);
            var result = await daemon.RunOnceAsync(ct);
            Assert.True(result.Polled, "the poll failed in round " + round);
            Assert.Equal(1, result.Summary.Answered);
            Assert.Equal(0, result.Unsent);
            firstToken ??= bed.Identity.LastIssued;

            // Past the token's lifetime: the next round can only log in with a renewed token.
            await Task.Delay(TimeSpan.FromSeconds(3.5), ct);
        }

        Assert.Equal(repliesBefore + rounds, (await bed.WaitForAsync(OAuthMailBedFixture.Customer, repliesBefore + rounds, ct)).Count);
        Assert.True(bed.Identity.Issued - issuedBefore >= rounds, $"{bed.Identity.Issued - issuedBefore} tokens for {rounds} rounds");
        Assert.All(bed.Identity.Grants.Skip(grantsBefore), g => Assert.Equal("refresh_token", g));

        // The first token really expired: the server refuses it now.
        Assert.NotNull(firstToken);
        using var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", bed.ImapPort, SecureSocketOptions.None, ct);
        await Assert.ThrowsAsync<AuthenticationException>(() => client.AuthenticateAsync(new SaslMechanismOAuth2(OAuthMailBedFixture.Bot, firstToken), ct));
    }

    [Fact]
    public async Task A_token_the_servers_refuse_is_renewed_once_and_imap_and_smtp_log_in_again()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        bed.Identity.Lifetime = TimeSpan.FromMinutes(10);
        await using var daemon = new DaemonHarness(bed.Settings(RefreshTokenFile(), ("OAuth:Mechanism", "OAuthBearer")));
        Assert.True((await daemon.RunOnceAsync(ct)).Polled);
        var issued = bed.Identity.Issued;

        // Revoked at the provider, long before expiry: IMAP refuses, the daemon renews and logs in.
        bed.Identity.RevokeAll();
        Assert.True((await daemon.RunOnceAsync(ct)).Polled);
        Assert.Equal(issued + 1, bed.Identity.Issued);

        // The same for SMTP submission.
        bed.Identity.RevokeAll();
        var sender = daemon.Services.GetRequiredService<IMailSender>();
        await using (var session = await sender.ConnectAsync(ct))
        {
            await session.SendAsync(MailMaker.EnglishTextOnly(OAuthMailBedFixture.Bot, OAuthMailBedFixture.Customer, 99), ct);
        }

        Assert.Equal(issued + 2, bed.Identity.Issued);
    }

    [Fact]
    public async Task Submission_without_a_valid_token_is_refused()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        using var client = new MailKit.Net.Smtp.SmtpClient();
        await client.ConnectAsync("127.0.0.1", bed.SubmissionPort, SecureSocketOptions.None, ct);
        await Assert.ThrowsAsync<AuthenticationException>(() => client.AuthenticateAsync(new SaslMechanismOAuth2(OAuthMailBedFixture.Bot, "not-a-token"), ct));
        await Assert.ThrowsAsync<MailKit.Net.Smtp.SmtpCommandException>(() =>
            client.SendAsync(MailMaker.EnglishTextOnly(OAuthMailBedFixture.Bot, OAuthMailBedFixture.Customer, 98), ct));
    }

    [Fact]
    public async Task A_refused_grant_fails_the_poll_with_the_reason_and_never_logs_a_secret()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        bed.Identity.RefuseGrants = true;
        try
        {
            var log = new List<string>();
            await using var daemon = new DaemonHarness(bed.Settings(RefreshTokenFile()), log: log);
            var result = await daemon.RunOnceAsync(ct);

            Assert.False(result.Polled);
            Assert.Contains(log, l => l.Contains("invalid_grant", StringComparison.Ordinal));
            Assert.DoesNotContain(log, l => l.Contains(LocalIdentityProvider.RefreshToken, StringComparison.Ordinal));
        }
        finally
        {
            bed.Identity.RefuseGrants = false;
        }
    }

    [Fact]
    public async Task A_google_service_account_key_gets_tokens_for_the_mailbox_by_a_signed_assertion()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        bed.Identity.Lifetime = TimeSpan.FromMinutes(10);
        var key = Path.Combine(_secrets, "service-account.json");
        await File.WriteAllTextAsync(key, ServiceAccountKeys.Json("porting@project.iam.gserviceaccount.com", bed.Identity.TokenAddress), ct);
        var settings = bed.Settings(
            RefreshTokenFile(),
            ("OAuth:Provider", "Google"),
            ("OAuth:RefreshTokenFile", null),
            ("OAuth:TokenEndpoint", null),
            ("OAuth:ServiceAccountKeyFile", key));
        await using var daemon = new DaemonHarness(settings);
        var grants = bed.Identity.Grants.Count;

        Assert.True((await daemon.RunOnceAsync(ct)).Polled);
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", bed.Identity.Grants.Skip(grants).First());
    }

    private string RefreshTokenFile()
    {
        var file = Path.Combine(_secrets, Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, LocalIdentityProvider.RefreshToken + "\n");
        return file;
    }
}

/// <summary>The OAuth bed's tests share its identity provider's settings (lifetime, refusals): one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = false)]
public sealed class OAuthMailBedCollection : ICollectionFixture<OAuthMailBedFixture>
{
    public const string Name = "OAuth mail bed";
}
