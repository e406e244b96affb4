using PortMailBot.Daemon.Mailboxes;

namespace PortMailBot.Daemon.Health;

/// <summary>Whether the SMTP server takes connections, learnt from the connections the daemon opens anyway (each
/// dispatch, each alert: <see cref="ReachabilityRecordingSender"/>). Only when none was tried for a while does
/// <see cref="ProbeIfStaleAsync"/> open one itself, one probe at a time, so a readiness endpoint asked every
/// second still costs the server at most one connection per <c>Health:SmtpCheckInterval</c>.</summary>
public sealed class SmtpReachability(TimeProvider time) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _probing = new(1, 1);

    public DateTimeOffset? LastSuccess { get; private set; }

    public DateTimeOffset? LastFailure { get; private set; }

    /// <summary>Why the last failed connection failed.</summary>
    public string? LastError { get; private set; }

    public DateTimeOffset? LastAttempt
    {
        get
        {
            lock (_lock)
            {
                return LastSuccess > LastFailure || LastFailure is null ? LastSuccess : LastFailure;
            }
        }
    }

    /// <summary>Whether the latest connection tried failed.</summary>
    public bool Failing
    {
        get
        {
            lock (_lock)
            {
                return LastFailure is { } failure && (LastSuccess is not { } success || failure >= success);
            }
        }
    }

    public void Succeeded()
    {
        lock (_lock)
        {
            LastSuccess = time.GetUtcNow();
        }
    }

    public void Failed(string error)
    {
        lock (_lock)
        {
            LastFailure = time.GetUtcNow();
            LastError = error;
        }
    }

    /// <summary>Connects once (and leaves at once) when no connection was tried within <paramref name="maxAge"/>;
    /// a probe already under way is waited for rather than repeated.</summary>
    public async Task ProbeIfStaleAsync(IMailSender sender, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        if (!IsStale(maxAge))
        {
            return;
        }

        await _probing.WaitAsync(cancellationToken);
        try
        {
            if (!IsStale(maxAge))
            {
                return;
            }

            try
            {
                await using var session = await sender.ConnectAsync(cancellationToken);
                Succeeded();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                Failed(ex.Message);
            }
        }
        finally
        {
            _probing.Release();
        }
    }

    public void Dispose() => _probing.Dispose();

    private bool IsStale(TimeSpan maxAge) => LastAttempt is not { } last || time.GetUtcNow() - last > maxAge;
}
