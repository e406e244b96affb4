using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Processing;

/// <summary>Handles one incoming message: loop guard, threading, the check, the reply. The ledger row,
/// the message, the verdict and the outbox entry commit in ONE transaction, so a message is processed
/// once whenever the daemon stops.</summary>
public sealed class MessageProcessor(
    DaemonStore store,
    IRequestChecker checker,
    MailReader mailReader,
    ReplyComposer composer,
    WorkflowMailHandler workflow,
    ThreadFinder threads,
    IOptions<MailOptions> mailOptions,
    TimeProvider time,
    ILogger<MessageProcessor> logger)
{
    private readonly MailOptions _mail = mailOptions.Value;
    private readonly string _ownAddress = MailboxAddress.Parse(mailOptions.Value.From).Address;

    public async Task<MessageOutcome> ProcessAsync(string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        if (await transaction.IsLedgeredAsync(mailbox, item.Key, cancellationToken))
        {
            return MessageOutcome.Duplicate;
        }

        var now = time.GetUtcNow();
        if (item.TooLargeBytes is { } size)
        {
            logger.LogWarning("Message {Source} is {Bytes} bytes, over the limit: kept for an operator, not answered", item.Source, size);
            return await FinishAsync(transaction, mailbox, item, null, MessageOutcome.Failed, null, now, cancellationToken);
        }

        // Parsed once, as check parses a file (text that is not MIME has no sender: the loop guard ignores it).
        var received = mailReader.Read(item.Raw, cancellationToken);
        var message = received.Mime!;

        var sender = LoopGuard.ReplyAddress(message);
        var stored = new StoredMessage(
            null, "in", message.MessageId, message.InReplyTo, string.Join(" ", message.References.Select(r => "<" + r + ">")),
            sender?.Address, null, SafeText.Clean(message.Subject, SafeText.MaxSubject), mailbox, item.UidValidity == 0 ? null : item.UidValidity, item.Uid == 0 ? null : item.Uid, MessageOutcome.Ignored, item.Raw);

        if (!string.IsNullOrEmpty(message.MessageId) && await transaction.InboundSeenAsync(message.MessageId, cancellationToken))
        {
            logger.LogInformation("Message {MessageId} from {Source} was already processed (seen again after a resync)", message.MessageId, item.Source);
            return await FinishAsync(transaction, mailbox, item, null, MessageOutcome.Duplicate, null, now, cancellationToken);
        }

        if (LoopGuard.WhyNotAnswer(message, _ownAddress) is { } why)
        {
            logger.LogInformation("Not answering {MessageId} from {Source}: {Why}", message.MessageId, item.Source, why);
            var requestId = await threads.FindAsync(transaction, message, cancellationToken);
            var ignoredRow = await transaction.InsertMessageAsync(stored with { RequestId = requestId, Outcome = MessageOutcome.Ignored }, now, cancellationToken);
            return await FinishAsync(transaction, mailbox, item, ignoredRow, MessageOutcome.Ignored, null, now, cancellationToken);
        }

        var from = sender!;
        var existingId = await threads.FindAsync(transaction, message, cancellationToken);
        if (await workflow.TryHandleAsync(transaction, received, stored, existingId, now, cancellationToken) is { } handled)
        {
            return await FinishAsync(transaction, mailbox, item, null, handled, existingId, now, cancellationToken);
        }

        // Replies go to the request's customer, whoever of the thread wrote (the customer or someone they copied).
        var existing = existingId is null ? null : await transaction.FindRequestAsync(existingId, cancellationToken);
        var customer = existing is null ? from
            : new MailboxAddress(ThreadFinder.SameAddress(existing.Customer, from.Address) ? from.Name : "", existing.Customer);
        var previousState = existing?.State;
        if (await WhyRateLimitedAsync(transaction, customer.Address, now, cancellationToken) is { } limit)
        {
            // Before the check: a flood must cost neither OCR nor a reply. The message is kept with its request,
            // so a later follow-up's check still reads its documents.
            logger.LogWarning("Message {MessageId} from {Source}: {Limit}; stored, not checked, not answered", message.MessageId, item.Source, limit);
            var limitedRow = await transaction.InsertMessageAsync(stored with { RequestId = existingId, Outcome = MessageOutcome.RateLimited }, now, cancellationToken);
            return await FinishAsync(transaction, mailbox, item, limitedRow, MessageOutcome.RateLimited, existingId, now, cancellationToken);
        }

        var asOf = checker.Today();
        IntakeResult result;
        string id;
        try
        {
            var thread = new List<ReceivedMessage>();
            var readBefore = new List<ExtractedDocument>();
            if (existingId is not null)
            {
                foreach (var raw in await transaction.InboundRawAsync(existingId, cancellationToken))
                {
                    thread.Add(mailReader.Read(raw, cancellationToken));
                }

                readBefore.AddRange(StoredDocuments.Parse(await transaction.DocumentExtractionsAsync(existingId, cancellationToken)));
            }

            thread.Add(received);
            using (DaemonTelemetry.Source.StartActivity("intake"))
            {
                result = checker.Check(thread, readBefore, item.Source, asOf, cancellationToken);
            }

            id = existingId ?? await transaction.NextRequestIdAsync(asOf.Year, cancellationToken);
            Activity.Current?.SetTag(DaemonTelemetry.RequestIdTag, id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in the engine must not stop the mailbox: the message is kept, marked failed, and
            // left for an operator; the run reports that it needs attention.
            logger.LogError(ex, "Checking {MessageId} from {Source} failed; stored as failed, not answered", message.MessageId, item.Source);
            var failedRow = await transaction.InsertMessageAsync(stored with { RequestId = existingId, Outcome = MessageOutcome.Failed }, now, cancellationToken);
            return await FinishAsync(transaction, mailbox, item, failedRow, MessageOutcome.Failed, null, now, cancellationToken);
        }

        var verdict = result.Verdict;
        CountVerdict(verdict.Decision, verdict.Reasons);
        var state = verdict.Accepted ? RequestState.InReview : RequestState.NeedsInfo;
        await transaction.SaveRequestAsync(
            new PortRequestRecord(
                id,
                customer.Address,
                existing?.Subject ?? ReplyComposer.BaseSubject(message.Subject),
                result.Request.Language,
                state,
                verdict.Decision,
                string.Join(",", verdict.Reasons),
                verdict.AccountSid,
                JsonSerializer.Serialize(result.Request, VerdictJson.Options)),
            now,
            cancellationToken);

        await transaction.RecordTransitionAsync(id, new WorkflowActor(from.Address, WorkflowActor.ViaIntake), WorkflowActions.Check, previousState, state, verdict.Decision, string.Join(",", verdict.Reasons), now, cancellationToken);

        var outcome = MessageOutcome.Answered;
        var row = await transaction.InsertMessageAsync(stored with { RequestId = id, Outcome = outcome }, now, cancellationToken);
        foreach (var document in result.Documents)
        {
            await transaction.InsertDocumentAsync(
                id, row, document.FileName, VerdictBuilder.KindName(document.Kind), document.Ocr, document.Unreadable,
                JsonSerializer.Serialize(document, VerdictJson.Options), document.ContentHash, cancellationToken);
        }

        await transaction.InsertVerdictAsync(id, row, verdict.Decision, VerdictJson.ToLine(verdict), now, cancellationToken);

        using var reply = composer.Compose(id, message, customer, result, asOf);
        workflow.CompleteReply(reply, id, result);
        await transaction.EnqueueAsync(id, reply, customer.Address, now, cancellationToken);

        logger.LogInformation(
            "Request {RequestId} {Kind} from {Source}: {Decision} ({Reasons}), {Outcome}",
            id, existingId is null ? "opened" : "updated", item.Source, verdict.Decision, string.Join(",", verdict.Reasons), outcome);
        return await FinishAsync(transaction, mailbox, item, row, outcome, id, now, cancellationToken);
    }

    private static async Task<MessageOutcome> FinishAsync(StoreTransaction transaction, string mailbox, InboxItem item, long? row, MessageOutcome outcome, string? requestId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _ = requestId;
        await transaction.InsertLedgerAsync(mailbox, item.Key, item.Uid == 0 ? null : item.Uid, row, outcome, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <returns>Which reply limit this message's reply would pass (per recipient, case-insensitive, or
    /// overall, per hour), or null.</returns>
    private async Task<string?> WhyRateLimitedAsync(StoreTransaction transaction, string recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hourAgo = now.AddHours(-1);
        if (await transaction.CountRepliesSinceAsync(recipient, hourAgo, cancellationToken) >= _mail.MaxRepliesPerSenderPerHour)
        {
            return $"{_mail.MaxRepliesPerSenderPerHour} replies to this sender in the last hour";
        }

        return await transaction.CountAllRepliesSinceAsync(hourAgo, cancellationToken) >= _mail.MaxRepliesPerHour
            ? $"{_mail.MaxRepliesPerHour} replies in all in the last hour"
            : null;
    }

    private static void CountVerdict(string decision, IReadOnlyCollection<string> reasons)
    {
        foreach (var reason in reasons.Count == 0 ? ["none"] : reasons)
        {
            DaemonTelemetry.Verdicts.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("decision", decision));
        }
    }
}
