namespace PortMailBot.Daemon.Tokens;

/// <summary>A fixed token from configuration (<c>Imap:AccessToken</c>, <c>Smtp:AccessToken</c>): nothing renews it.</summary>
public sealed class StaticTokenSource(string token) : IAccessTokenSource
{
    public ValueTask<string> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    public void Reject(string token)
    {
        // Nothing to renew it with: the login fails and says so.
    }
}
