using System.Diagnostics;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>Step 2, decide: the intake engine on the whole thread (the stored earlier messages, then this
/// one), with the documents the thread's earlier checks already read, so none is read or OCR'd again, and those
/// of a new request read ahead while the message before it was processed (<see cref="DocumentReadAhead"/>).</summary>
public sealed class IntakeDecider(IRequestChecker checker, MailReader mailReader, DocumentReadAhead readAhead, ILogger<IntakeDecider> logger)
{
    /// <returns>The decision; null when the engine failed on this message (logged: it is kept for an operator).</returns>
    public async Task<IntakeDecision?> DecideAsync(StoreTransaction transaction, IncomingMessage incoming, string? requestId, CancellationToken cancellationToken)
    {
        var asOf = checker.Today();
        try
        {
            var thread = new List<ReceivedMessage>();
            var readBefore = new List<ExtractedDocument>();
            if (requestId is not null)
            {
                foreach (var raw in await transaction.InboundRawAsync(requestId, cancellationToken))
                {
                    thread.Add(mailReader.Read(raw, cancellationToken));
                }

                readBefore.AddRange(StoredDocuments.Parse(await transaction.DocumentExtractionsAsync(requestId, cancellationToken)));

                // Read ahead as a message of its own, in its own language; merged into a thread, the check reads them anew.
                readAhead.Drop(incoming.Mailbox, incoming.Item.Key);
            }
            else
            {
                readBefore.AddRange(await readAhead.TakeAsync(incoming.Mailbox, incoming.Item.Key));
            }

            thread.Add(incoming.Received);
            Intake.IntakeResult result;
            using (DaemonTelemetry.Source.StartActivity("intake"))
            {
                result = checker.Check(thread, readBefore, incoming.Item.Source, asOf, cancellationToken);
            }

            var id = requestId ?? await transaction.NextRequestIdAsync(asOf.Year, cancellationToken);
            Activity.Current?.SetTag(DaemonTelemetry.RequestIdTag, id);
            return new IntakeDecision(result, id, asOf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in the engine must not stop the mailbox: the message is kept, marked failed, and
            // left for an operator; the run reports that it needs attention.
            logger.LogError(ex, "Checking {MessageId} from {Source} failed; stored as failed, not answered", incoming.Mime.MessageId, incoming.Item.Source);
            return null;
        }
    }
}
