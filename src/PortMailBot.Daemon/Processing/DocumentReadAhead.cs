using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>Reads the documents of the next message that carries some while the current one is processed. A
/// message with one scanned page keeps one engine busy and leaves the other cores idle for the whole page; the
/// poll processes messages with documents one at a time (<see cref="BatchProcessor.AloneAboveBytes"/>), so
/// without this one instance used about one core and a half of two on scanned mail. The poller starts a reading
/// only for a message it has claimed and counted an attempt for, so a document that kills the process counts
/// against that message too (<see cref="PoisonMessageGuard"/>).</summary>
public sealed class DocumentReadAhead(IDocumentPrereader? prereader, MailReader mailReader, ILogger<DocumentReadAhead> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Reading> _readings = new(StringComparer.Ordinal);

    /// <summary>False when the checker cannot read documents apart from its check (a test's stand-in).</summary>
    public bool Enabled => prereader is not null;

    /// <summary>Starts reading <paramref name="item"/>'s documents on the thread pool; a second start of the same
    /// message is ignored.</summary>
    public void Start(string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        if (prereader is null)
        {
            return;
        }

        var key = Key(mailbox, item.Key);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = new Reading(stop, Task.Run(() => prereader.ReadDocuments(mailReader.Read(item.Raw, stop.Token), stop.Token), stop.Token));
        if (!_readings.TryAdd(key, reading))
        {
            stop.Cancel();
            stop.Dispose();
            return;
        }

        logger.LogDebug("Reading the documents of {Source} ahead of its check", item.Source);
    }

    /// <summary>The documents read ahead for the message, waiting for the reading to end; none when no reading was
    /// started or it failed (the check then reads them itself, and reports what it cannot read).</summary>
    public async Task<IReadOnlyList<ExtractedDocument>> TakeAsync(string mailbox, string itemKey)
    {
        if (!_readings.TryRemove(Key(mailbox, itemKey), out var reading))
        {
            return [];
        }

        try
        {
            return await reading.Documents;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogDebug("Reading {Key} ahead failed ({Error}); the check reads its documents itself", itemKey, ex.Message);
            return [];
        }
        finally
        {
            reading.Stop.Dispose();
        }
    }

    /// <summary>Gives up a reading whose message will not be checked in this poll (the poll failed before it).</summary>
    public void Drop(string mailbox, string itemKey)
    {
        if (_readings.TryRemove(Key(mailbox, itemKey), out var reading))
        {
            Abandon(reading);
        }
    }

    public void Dispose()
    {
        foreach (var key in _readings.Keys)
        {
            if (_readings.TryRemove(key, out var reading))
            {
                Abandon(reading);
            }
        }
    }

    private static void Abandon(Reading reading)
    {
        reading.Stop.Cancel();
        _ = reading.Documents.ContinueWith(_ => reading.Stop.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static string Key(string mailbox, string itemKey) => mailbox + "\n" + itemKey;

    private sealed record Reading(CancellationTokenSource Stop, Task<IReadOnlyList<ExtractedDocument>> Documents);
}
