using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Mailboxes;

/// <summary>The one persistent IMAP connection to the porting mailbox, shared by the watcher that idles on
/// it and the polls that read from it, one user at a time (MailKit's client is not thread-safe): a poll that
/// wants the connection interrupts the watcher's IDLE and waits for it. A connection found broken is
/// dropped, and the next user connects anew.</summary>
public sealed class ImapSession(ImapOptions options, MailTokens tokens, TimeProvider time, ILoggerFactory loggers) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _idleLock = new();
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2213:Disposable fields should be disposed", Justification = "Borrowed: the watcher's IDLE owns and disposes it; the field only lets a poll cancel it.")]
    private CancellationTokenSource? _idle;
    private int _waiting;
    private ImapInbox? _inbox;

    /// <summary>Set by the watcher when it starts: from then on polls use this connection instead of their own.</summary>
    public bool Persistent { get; private set; }

    /// <summary>The last time the server answered on this connection.</summary>
    public DateTimeOffset? LastContact { get; private set; }

    public void MakePersistent() => Persistent = true;

    /// <summary>Takes the connection for a poll, interrupting the watcher's IDLE. Pair with <see cref="LeaveAsync"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1849:Call async methods when in an async method", Justification = "Cancelled under a lock (the watcher may dispose it right after); cancelling only signals MailKit's IDLE to send DONE.")]
    public async Task<ImapInbox> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            lock (_idleLock)
            {
                _idle?.Cancel();
            }

            await _gate.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return _inbox ??= new ImapInbox(options, tokens, loggers.CreateLogger<ImapInbox>());
    }

    /// <summary>Gives the connection back; a connection that is no longer ready is dropped.</summary>
    public async Task LeaveAsync()
    {
        try
        {
            if (_inbox is { } inbox)
            {
                if (inbox.IsReady)
                {
                    LastContact = time.GetUtcNow();
                }
                else
                {
                    _inbox = null;
                    await inbox.DisposeAsync();
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The watcher's turn: (re)connects, returns whether mail arrived, else idles (or NOOPs) until
    /// mail arrives, a poll wants the connection or <paramref name="idleFor"/> passes.</summary>
    /// <returns>Whether a round should run: mail arrived, the connection is new, or an IDLE ran its full time.</returns>
    public async Task<bool> WatchAsync(TimeSpan idleFor, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var inbox = _inbox ??= new ImapInbox(options, tokens, loggers.CreateLogger<ImapInbox>());
            var wasReady = inbox.IsReady;
            await inbox.OpenAsync(cancellationToken);
            LastContact = time.GetUtcNow();
            if (!wasReady)
            {
                // A new connection: whatever arrived while there was none is waiting.
                inbox.TakeArrivals();
                return true;
            }

            if (inbox.TakeArrivals())
            {
                return true;
            }

            using var idle = new CancellationTokenSource();
            lock (_idleLock)
            {
                _idle = idle;
            }

            var idledOut = false;
            try
            {
                if (Volatile.Read(ref _waiting) == 0)
                {
                    await inbox.WaitForMailAsync(idleFor, idle.Token, cancellationToken);
                    LastContact = time.GetUtcNow();
                    idledOut = inbox.CanIdle && !idle.IsCancellationRequested;
                }
            }
            finally
            {
                lock (_idleLock)
                {
                    _idle = null;
                }
            }

            // An IDLE that ran its full time ends with a round too: mail the server did not announce (seen
            // once under heavy load around a server restart) is found at the latest then.
            return inbox.TakeArrivals() || idledOut;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await DropAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Whether the server can IDLE (known once connected).</summary>
    public bool CanIdle => _inbox?.CanIdle ?? true;

    private async Task DropAsync()
    {
        if (_inbox is { } inbox)
        {
            _inbox = null;
            await inbox.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropAsync();
        _gate.Dispose();
    }
}
