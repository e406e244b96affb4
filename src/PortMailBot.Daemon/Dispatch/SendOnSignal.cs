using PortMailBot.Daemon.Replies;

namespace PortMailBot.Daemon.Dispatch;

/// <summary>The dispatcher's answer to <see cref="IOutboxSignal"/>: a dispatch run at once.</summary>
public sealed class SendOnSignal(OutboxDispatcher dispatcher) : IOutboxSignal
{
    public Task<int> RepliesQueuedAsync(bool urgent, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(ignoreBackoff: urgent, cancellationToken);
}
