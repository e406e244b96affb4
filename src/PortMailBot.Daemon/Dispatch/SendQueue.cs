using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Dispatch;

/// <summary>One batch of the outbox shared by the pool's connections: each takes the oldest reply whose
/// recipient no other connection is sending to, so one customer's replies still go one after the other, in
/// order, while every connection stays busy however few the recipients (dealing the batch out by a hash of
/// the recipient left connections idle: 10 recipients on 3 connections gave shares of 50, 30 and 20).</summary>
internal sealed class SendQueue(IEnumerable<OutboxEntry> entries)
{
    private readonly Lock _lock = new();
    private readonly List<OutboxEntry> _pending = [.. entries];
    private readonly HashSet<string> _busy = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _stopped = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next reply for this connection, waiting while every pending one's recipient is being sent
    /// to by another; null when none is left to take.</summary>
    public async Task<OutboxEntry?> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                var index = _pending.FindIndex(e => !_stopped.Contains(e.Recipient) && !_busy.Contains(e.Recipient));
                if (index >= 0)
                {
                    var entry = _pending[index];
                    _pending.RemoveAt(index);
                    _busy.Add(entry.Recipient);
                    return entry;
                }

                if (!_pending.Exists(e => !_stopped.Contains(e.Recipient)))
                {
                    return null;
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The reply is done with; <paramref name="stopRecipient"/> when it failed for now: the
    /// recipient's later replies wait for the next round rather than overtake it.</summary>
    public void Done(OutboxEntry entry, bool stopRecipient = false)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _busy.Remove(entry.Recipient);
            if (stopRecipient)
            {
                _stopped.Add(entry.Recipient);
            }

            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>What no connection took (the pool stopped, or their recipient's earlier reply failed).</summary>
    public List<OutboxEntry> Left()
    {
        lock (_lock)
        {
            return [.. _pending];
        }
    }
}
