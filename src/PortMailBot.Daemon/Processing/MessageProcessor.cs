using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>Handles one incoming message through four named steps: route (<see cref="MessageRouter"/>),
/// decide (<see cref="IntakeDecider"/>), persist (<see cref="RequestPersister"/>), enqueue
/// (<see cref="ReplyEnqueuer"/>). The ledger row, the message, the verdict and the outbox entry are written in
/// the caller's ONE transaction (<see cref="BatchProcessor"/>: a batch's, under a savepoint of the message's
/// own), so a message is processed once whenever the daemon stops.</summary>
public sealed class MessageProcessor(
    MailReader mailReader,
    MessageRouter router,
    IntakeDecider decider,
    ReplyEnqueuer enqueuer,
    TimeProvider time,
    ILogger<MessageProcessor> logger)
{
    /// <summary>Processes the message in <paramref name="transaction"/>, ledger row included; the caller commits.</summary>
    public async Task<MessageOutcome> ProcessAsync(StoreTransaction transaction, string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        if (await transaction.IsLedgeredAsync(mailbox, item.Key, cancellationToken))
        {
            return MessageOutcome.Duplicate;
        }

        var now = time.GetUtcNow();
        if (item.TooLargeBytes is { } size)
        {
            logger.LogWarning("Message {Source} is {Bytes} bytes, over the limit: kept for an operator, not answered", item.Source, size);
            return await FinishAsync(transaction, mailbox, item, null, MessageOutcome.Failed, now, cancellationToken);
        }

        // Parsed once, as check parses a file (text that is not MIME has no sender: the loop guard ignores it).
        var received = mailReader.Read(item.Raw, cancellationToken);
        var message = received.Mime!;
        var row = new StoredMessage(
            null, "in", message.MessageId, message.InReplyTo, string.Join(" ", message.References.Select(r => "<" + r + ">")),
            LoopGuard.ReplyAddress(message)?.Address, null, SafeText.Clean(message.Subject, SafeText.MaxSubject), mailbox,
            item.UidValidity == 0 ? null : item.UidValidity, item.Uid == 0 ? null : item.Uid, MessageOutcome.Ignored, item.Raw);
        var incoming = new IncomingMessage(mailbox, item, received, row, now);

        var routing = await router.RouteAsync(transaction, incoming, cancellationToken);
        if (routing.Done is { } done)
        {
            return await FinishAsync(transaction, mailbox, item, routing.Row, done, now, cancellationToken);
        }

        if (await decider.DecideAsync(transaction, incoming, routing.RequestId, cancellationToken) is not { } decision)
        {
            var failedRow = await transaction.InsertMessageAsync(row with { RequestId = routing.RequestId, Outcome = MessageOutcome.Failed }, now, cancellationToken);
            return await FinishAsync(transaction, mailbox, item, failedRow, MessageOutcome.Failed, now, cancellationToken);
        }

        var answeredRow = await RequestPersister.PersistAsync(transaction, incoming, routing, decision, cancellationToken);
        await enqueuer.EnqueueAsync(transaction, incoming, routing, decision, cancellationToken);

        var verdict = decision.Result.Verdict;
        logger.LogInformation(
            "Request {RequestId} {Kind} from {Source}: {Decision} ({Reasons}), {Outcome}",
            decision.RequestId, routing.RequestId is null ? "opened" : "updated", item.Source, verdict.Decision, string.Join(",", verdict.Reasons), MessageOutcome.Answered);
        return await FinishAsync(transaction, mailbox, item, answeredRow, MessageOutcome.Answered, now, cancellationToken);
    }

    /// <summary>Ledgers a message whose processing threw and was undone: failed, kept in the mailbox's
    /// processed folder for an operator, not tried again (the run says it needs attention). Nothing of it is
    /// stored but the ledger row, as for a message over the size limit: what failed may be the storing.</summary>
    public async Task<MessageOutcome> RecordFailedAsync(StoreTransaction transaction, string mailbox, InboxItem item, CancellationToken cancellationToken) =>
        await FinishAsync(transaction, mailbox, item, null, MessageOutcome.Failed, time.GetUtcNow(), cancellationToken);

    private static async Task<MessageOutcome> FinishAsync(StoreTransaction transaction, string mailbox, InboxItem item, long? row, MessageOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await transaction.InsertLedgerAsync(mailbox, item.Key, item.Uid == 0 ? null : item.Uid, row, outcome, now, cancellationToken);
        return outcome;
    }
}
