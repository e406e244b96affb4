using Microsoft.Extensions.Logging;

namespace PortMailBot.Daemon.Tokens;

/// <summary>Keeps one access token for the mailbox: acquired on first use, renewed before it expires, and
/// acquired anew (bypassing the provider's cache) once the server refused it. Remembers the last failure,
/// so health can say that tokens cannot be renewed.</summary>
public sealed class RenewingTokenSource(ITokenProvider provider, TimeSpan renewBefore, TimeProvider time, ILogger<RenewingTokenSource> logger)
    : IAccessTokenSource, ITokenHealth, IDisposable
{
    private readonly SemaphoreSlim _oneRenewal = new(1, 1);
    private volatile AccessToken? _current;
    private bool _rejected;

    public string? LastFailure { get; private set; }

    public DateTimeOffset? FailingSince { get; private set; }

    public int Acquired { get; private set; }

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } token && time.GetUtcNow() < token.RenewAt(renewBefore))
        {
            return token.Value;
        }

        await _oneRenewal.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } renewed && time.GetUtcNow() < renewed.RenewAt(renewBefore))
            {
                return renewed.Value;
            }

            AccessToken fresh;
            try
            {
                fresh = await provider.AcquireAsync(_rejected, cancellationToken);
            }
            catch (TokenAcquisitionException ex)
            {
                LastFailure = ex.Message;
                FailingSince ??= time.GetUtcNow();
                logger.LogError("No OAuth token from {Provider}: {Error}", provider.Name, ex.Message);
                throw;
            }

            _current = fresh;
            _rejected = false;
            LastFailure = null;
            FailingSince = null;
            Acquired++;
            logger.LogInformation("OAuth token from {Provider}, valid until {ExpiresAt:O}", provider.Name, fresh.ExpiresAt);
            return fresh.Value;
        }
        finally
        {
            _oneRenewal.Release();
        }
    }

    public void Reject(string token)
    {
        if (_current is { } current && string.Equals(current.Value, token, StringComparison.Ordinal))
        {
            logger.LogWarning("The mail server refused the OAuth token from {Provider}: acquiring a new one", provider.Name);
            _rejected = true;
            _current = null;
        }
    }

    public void Dispose()
    {
        _oneRenewal.Dispose();
        (provider as IDisposable)?.Dispose();
    }
}
