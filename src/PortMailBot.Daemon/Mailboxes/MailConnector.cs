using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>Connects and authenticates MailKit clients as configured (TLS, STARTTLS or plain; password, or an
/// OAuth 2.0 token by XOAUTH2 or OAUTHBEARER). A token the server refuses is renewed and tried once more.</summary>
internal static class MailConnector
{
    public static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    public static async Task ConnectAsync(MailService client, MailEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.AcceptAnyCertificate)
        {
            // An explicit opt-in for self-signed test servers; off by default.
#pragma warning disable CA5359
            client.ServerCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        await client.ConnectAsync(endpoint.Host, endpoint.Port, Socket(endpoint.Security), cancellationToken);
        if (string.IsNullOrEmpty(endpoint.Username))
        {
            return;
        }

        if (endpoint.Tokens is { } tokens)
        {
            var token = await tokens.GetAsync(cancellationToken);
            try
            {
                await client.AuthenticateAsync(Mechanism(endpoint, token), cancellationToken);
            }
            catch (AuthenticationException)
            {
                // Revoked, or expired early: one new token, one more try; a second refusal is the answer.
                tokens.Reject(token);
                token = await tokens.GetAsync(cancellationToken);
                await client.AuthenticateAsync(Mechanism(endpoint, token), cancellationToken);
            }
        }
        else if (client is not SmtpClient smtp || smtp.Capabilities.HasFlag(SmtpCapabilities.Authentication))
        {
            await client.AuthenticateAsync(endpoint.Username, endpoint.Password ?? "", cancellationToken);
        }
    }

    private static SaslMechanism Mechanism(MailEndpoint endpoint, string token) => endpoint.Mechanism == OAuthMechanism.OAuthBearer
        ? new SaslMechanismOAuthBearer(endpoint.Username ?? "", token)
        : new SaslMechanismOAuth2(endpoint.Username ?? "", token);
}

/// <summary>Where and as whom to connect: from <c>Imap</c> or <c>Smtp</c>, with the token source when the
/// account logs in by OAuth.</summary>
internal sealed record MailEndpoint(
    string Host,
    int Port,
    MailSecurity Security,
    bool AcceptAnyCertificate,
    string? Username,
    string? Password,
    IAccessTokenSource? Tokens,
    OAuthMechanism Mechanism)
{
    public static MailEndpoint For(ImapOptions options, IAccessTokenSource? tokens, OAuthMechanism mechanism) =>
        new(options.Host!, options.EffectivePort, options.Security, options.AcceptAnyCertificate, options.Username, options.Password, tokens, mechanism);

    public static MailEndpoint For(SmtpOptions options, IAccessTokenSource? tokens, OAuthMechanism mechanism) =>
        new(options.Host!, options.EffectivePort, options.Security, options.AcceptAnyCertificate, options.Username, options.Password, tokens, mechanism);

    // The password never appears in a log line that prints the record.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Host = {Host}, Port = {Port}, Username = {Username}");
        return true;
    }
}
