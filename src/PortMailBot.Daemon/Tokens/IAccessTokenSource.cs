namespace PortMailBot.Daemon.Tokens;

/// <summary>The access token to log in with now. Thread-safe: IMAP and SMTP share one source.</summary>
public interface IAccessTokenSource
{
    /// <exception cref="TokenAcquisitionException">No valid token could be had.</exception>
    ValueTask<string> GetAsync(CancellationToken cancellationToken);

    /// <summary>The server refused <paramref name="token"/>: the next <see cref="GetAsync"/> acquires a new one.</summary>
    void Reject(string token);
}
