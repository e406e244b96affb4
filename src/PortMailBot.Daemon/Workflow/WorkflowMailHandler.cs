using Microsoft.Extensions.Logging;
using MimeKit;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Decides, for each incoming message that may be answered, whether the workflow takes it instead
/// of the intake check: an operator's message (command or not), a command-like message from anyone else or
/// from a forged operator address (kept, never obeyed, never answered), or a customer writing after the
/// review (kept for the history, not checked again).</summary>
public sealed class WorkflowMailHandler(OperatorAuthorizer authorizer, WorkflowEngine engine, LoaForm loaForm, ILogger<WorkflowMailHandler> logger)
{
    /// <summary>What the workflow adds to the intake's reply: the prefilled LOA form when the LOA is missing or unsigned.</summary>
    public void CompleteReply(MimeMessage reply, string requestId, IntakeResult result) => loaForm.AttachIfNeeded(reply, requestId, result);

    /// <param name="request">The request <paramref name="requestId"/> names, as the router read it.</param>
    /// <returns>The outcome when the workflow handled the message; null when it is a customer's message for the check.</returns>
    public async Task<MessageOutcome?> TryHandleAsync(StoreTransaction store, ReceivedMessage received, StoredMessage stored, string? requestId, WorkflowRequest? request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = received.Mime!;
        var check = authorizer.Check(message);
        var fresh = received.FreshText;
        var parsed = OperatorCommandParser.ParseFirstLine(fresh);

        if (check.Authorized)
        {
            await store.InsertMessageAsync(stored with { RequestId = requestId, Outcome = MessageOutcome.Operator }, now, cancellationToken);
            var operatorAddress = message.From.Mailboxes.First();
            if (!parsed.IsCommand)
            {
                logger.LogInformation("Operator {Operator} wrote in the thread of {RequestId} without a command; kept", check.Address, requestId);
                return MessageOutcome.Operator;
            }

            if (requestId is null)
            {
                await engine.SendUsageAsync(store, null, "This message is not in the thread of any port request: reply to a message of the request's thread.", message, operatorAddress, cancellationToken);
                return MessageOutcome.Operator;
            }

            if (parsed.Command is null)
            {
                await engine.SendUsageAsync(store, requestId, parsed.Error!, message, operatorAddress, cancellationToken);
                return MessageOutcome.Operator;
            }

            await engine.ApplyAsync(store, requestId, parsed.Command, new WorkflowActor(check.Address!, WorkflowActor.ViaMail), message, operatorAddress, cancellationToken);
            return MessageOutcome.Operator;
        }

        if (check.ClaimsOperator || parsed.IsCommand)
        {
            // A forged operator address or a command from someone else: nothing changes and nobody is told.
            logger.LogWarning(
                "Message {MessageId} from {Sender} {Why}; not obeyed, not answered",
                message.MessageId,
                check.Address,
                check.ClaimsOperator ? "claims an operator address without a trusted authentication pass" : "carries a command but is not from an operator");
            await store.InsertMessageAsync(stored with { RequestId = requestId, Outcome = MessageOutcome.Ignored }, now, cancellationToken);
            return MessageOutcome.Ignored;
        }

        if (requestId is not null && request is not null && !request.State.IsIntake())
        {
            await store.InsertMessageAsync(stored with { RequestId = requestId, Outcome = MessageOutcome.Kept }, now, cancellationToken);
            await store.RecordTransitionAsync(requestId, new WorkflowActor(check.Address ?? "customer", WorkflowActor.ViaMail), WorkflowAction.CustomerMessage, request.State, request.State, message.Subject, null, now, cancellationToken);
            await engine.ForwardCustomerMessageAsync(store, requestId, message, fresh ?? "", cancellationToken);
            logger.LogInformation("Request {RequestId} is {State}: the customer's message is kept for the operators, not checked again", requestId, request.State.Name());
            return MessageOutcome.Kept;
        }

        return null;
    }
}
