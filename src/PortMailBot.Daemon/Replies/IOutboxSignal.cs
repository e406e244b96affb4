namespace PortMailBot.Daemon.Replies;

/// <summary>Said when replies were queued outside the daemon's rounds (the command line, the console), so
/// they go out now rather than at the next round. The workflow says it and the dispatcher listens
/// (<c>Dispatch/SendOnSignal.cs</c>): the workflow knows nothing of how or when mail is sent.</summary>
public interface IOutboxSignal
{
    /// <param name="urgent">An operator waits on the answer: try every waiting reply now, whatever its backoff.</param>
    /// <returns>How many replies still wait after the attempt (the daemon retries them).</returns>
    Task<int> RepliesQueuedAsync(bool urgent, CancellationToken cancellationToken);
}
