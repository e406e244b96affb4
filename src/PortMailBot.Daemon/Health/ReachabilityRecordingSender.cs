using PortMailBot.Daemon.Mailboxes;

namespace PortMailBot.Daemon.Health;

/// <summary>The SMTP sender, noting whether each connection it opens succeeds, so readiness can tell whether
/// the server takes mail without connecting again.</summary>
public sealed class ReachabilityRecordingSender(IMailSender inner, SmtpReachability reachability) : IMailSender
{
    public async Task<ISendSession> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            var session = await inner.ConnectAsync(cancellationToken);
            reachability.Succeeded();
            return session;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            reachability.Failed(ex.Message);
            throw;
        }
    }
}
