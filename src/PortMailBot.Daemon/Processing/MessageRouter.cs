using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Processing;

/// <summary>Step 1, route: which way a parsed message goes. A Message-ID seen before, a bounce, an
/// auto-reply or our own mail (<see cref="LoopGuard"/>), an operator's command or a message after the review
/// (<see cref="WorkflowMailHandler"/>), a reply over the rate limit: each is stored and done with here.
/// Everything else goes to the check, with the request it follows up (<see cref="ThreadFinder"/>).</summary>
public sealed class MessageRouter(ThreadFinder threads, WorkflowMailHandler workflow, IOptions<MailOptions> mailOptions, ILogger<MessageRouter> logger)
{
    private readonly MailOptions _mail = mailOptions.Value;
    private readonly string _ownAddress = MailboxAddress.Parse(mailOptions.Value.From).Address;

    public async Task<Routing> RouteAsync(StoreTransaction transaction, IncomingMessage incoming, CancellationToken cancellationToken)
    {
        var message = incoming.Mime;
        var source = incoming.Item.Source;
        var now = incoming.Now;
        if (!string.IsNullOrEmpty(message.MessageId) && await transaction.InboundSeenAsync(message.MessageId, cancellationToken))
        {
            logger.LogInformation("Message {MessageId} from {Source} was already processed (seen again after a resync)", message.MessageId, source);
            return Routing.Finished(MessageOutcome.Duplicate, null);
        }

        if (LoopGuard.WhyNotAnswer(message, _ownAddress) is { } why)
        {
            logger.LogInformation("Not answering {MessageId} from {Source}: {Why}", message.MessageId, source, why);
            var request = await threads.FindAsync(transaction, message, cancellationToken);
            var ignoredRow = await transaction.InsertMessageAsync(incoming.Row with { RequestId = request?.Id, Outcome = MessageOutcome.Ignored }, now, cancellationToken);
            return Routing.Finished(MessageOutcome.Ignored, ignoredRow);
        }

        // The loop guard ignores a message without a reply address, so there is one.
        var from = LoopGuard.ReplyAddress(message)!;
        // Read once, by the thread finder, for every later step: the workflow (is the review over?), the check
        // and the record.
        var existing = await threads.FindAsync(transaction, message, cancellationToken);
        var existingId = existing?.Id;
        if (await workflow.TryHandleAsync(transaction, incoming.Received, incoming.Row, existingId, existing, now, cancellationToken) is { } handled)
        {
            return Routing.Finished(handled, null);
        }

        // Replies go to the request's customer, whoever of the thread wrote (the customer or someone they copied).
        var customer = existing is null ? from
            : new MailboxAddress(ThreadFinder.SameAddress(existing.Customer, from.Address) ? from.Name : "", existing.Customer);
        if (await WhyRateLimitedAsync(transaction, customer.Address, now, cancellationToken) is { } limit)
        {
            // Before the check: a flood must cost neither OCR nor a reply. The message is kept with its request,
            // so a later follow-up's check still reads its documents.
            logger.LogWarning("Message {MessageId} from {Source}: {Limit}; stored, not checked, not answered", message.MessageId, source, limit);
            var limitedRow = await transaction.InsertMessageAsync(incoming.Row with { RequestId = existingId, Outcome = MessageOutcome.RateLimited }, now, cancellationToken);
            return Routing.Finished(MessageOutcome.RateLimited, limitedRow);
        }

        return Routing.ToCheck(existingId, existing, customer, from);
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
}
