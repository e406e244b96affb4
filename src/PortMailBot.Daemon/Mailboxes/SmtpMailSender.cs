using System.Diagnostics.CodeAnalysis;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>Sends replies by SMTP with MailKit, one connection per dispatch batch.</summary>
public sealed class SmtpMailSender(SmtpOptions options, MailTokens tokens, ILogger<SmtpMailSender> logger) : IMailSender
{
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The client is disposed when connecting fails, else handed to the Session returned, which disposes it.")]
    public async Task<ISendSession> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await MailConnector.ConnectAsync(client, MailEndpoint.For(options, tokens.Smtp, tokens.Mechanism), cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new Session(client, logger);
    }

    private sealed class Session(SmtpClient client, ILogger logger) : ISendSession
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await client.DisconnectAsync(true, timeout.Token);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ProtocolException or SmtpCommandException)
            {
                logger.LogDebug("SMTP QUIT failed: {Error}", ex.Message);
            }

            client.Dispose();
        }
    }
}
