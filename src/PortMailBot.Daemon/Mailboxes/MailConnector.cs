using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>Connects and authenticates MailKit clients as configured (TLS, STARTTLS or plain; password or XOAUTH2).</summary>
internal static class MailConnector
{
    public static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    public static async Task ConnectAsync(
        MailService client,
        string host,
        int port,
        MailSecurity security,
        bool acceptAnyCertificate,
        string? username,
        string? password,
        string? accessToken,
        CancellationToken cancellationToken)
    {
        if (acceptAnyCertificate)
        {
            // An explicit opt-in for self-signed test servers; off by default.
#pragma warning disable CA5359
            client.ServerCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
        }

        await client.ConnectAsync(host, port, Socket(security), cancellationToken);
        if (string.IsNullOrEmpty(username))
        {
            return;
        }

        if (!string.IsNullOrEmpty(accessToken))
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(username, accessToken), cancellationToken);
        }
        else if (client is not SmtpClient smtp || smtp.Capabilities.HasFlag(SmtpCapabilities.Authentication))
        {
            await client.AuthenticateAsync(username, password ?? "", cancellationToken);
        }
    }
}
