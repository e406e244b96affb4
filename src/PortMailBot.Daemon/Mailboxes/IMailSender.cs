using MimeKit;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>Where replies go: SMTP, or the local outbox folder of the embedded mode.</summary>
public interface IMailSender
{
    /// <summary>Opens a session for a batch of sends; throws when the server cannot be reached.</summary>
    Task<ISendSession> ConnectAsync(CancellationToken cancellationToken);
}

public interface ISendSession : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
