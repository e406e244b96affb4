using System.Globalization;
using Microsoft.Extensions.Logging;
using MimeKit;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Applies one action to one request inside the caller's transaction: checks it against the
/// <see cref="StateMachine"/>, changes the state, records who/when/why, and puts the matching reply in the
/// outbox, so the state, its history and the reply commit together. Mail, the command line and the
/// timers all go through here, so they send the same replies.</summary>
public sealed class WorkflowEngine(WorkflowReplyComposer replies, TimeProvider time, ILogger<WorkflowEngine> logger)
{
    /// <param name="trigger">The operator's message, when the action came by mail: replies answer it.</param>
    /// <param name="replyToActor">Where a refusal or a note's confirmation goes (the operator who wrote); null from the command line.</param>
    public async Task<WorkflowOutcome> ApplyAsync(
        StoreTransaction store,
        string requestId,
        OperatorCommand command,
        WorkflowActor actor,
        MimeMessage? trigger,
        MailboxAddress? replyToActor,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var request = await store.FindWorkflowRequestAsync(requestId, cancellationToken);
        var anchor = trigger is not null && !string.IsNullOrEmpty(trigger.MessageId)
            ? ThreadAnchor.Of(trigger)
            : await store.ThreadAnchorAsync(requestId, cancellationToken) is { } stored ? ThreadAnchor.Of(stored.MessageId, stored.References) : null;
        if (request is null)
        {
            return WorkflowOutcome.Refused($"there is no request {requestId}");
        }

        var decision = StateMachine.Decide(request.State, command.Action);
        if (!decision.Allowed)
        {
            logger.LogInformation("Request {RequestId}: {Action} by {Actor} refused: {Why}", requestId, command.Action.Name(), actor.Name, decision.Refusal);
            if (replyToActor is not null)
            {
                using var refusal = replies.ToOperators(request, requestId, WorkflowReplyComposer.OperatorRefused, new Dictionary<string, object?>
                {
                    ["command"] = "/" + command.Action.Name(),
                    ["refusal"] = decision.Refusal,
                    ["allowed_from"] = string.Join(" or ", StateMachine.AppliesTo(command.Action).Select(PortStates.Name)),
                }, anchor, [replyToActor]);
                await store.EnqueueAsync(requestId, refusal, replyToActor.Address, now, cancellationToken);
            }

            return WorkflowOutcome.Refused(decision.Refusal!);
        }

        var next = decision.NextState!.Value;
        var detail = command.PortingDate is { } date
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Date:yyyy-MM-dd}{(date.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")} {date.TimeZoneId}")
            : command.RejectionCode;
        await store.RecordTransitionAsync(requestId, actor, command.Action, request.State, next, command.Text, detail, now, cancellationToken);
        if (command.PortingDate is { } portingDate)
        {
            await store.SetPortingDateAsync(requestId, portingDate, cancellationToken);
        }

        var after = request with { State = next, PortingDate = command.PortingDate ?? request.PortingDate };
        using var reply = CustomerReply(after, command, anchor);
        if (reply is not null)
        {
            await store.EnqueueAsync(requestId, reply, after.Customer, now, cancellationToken);
        }
        else if (command.Action == WorkflowAction.Note && replyToActor is not null)
        {
            using var confirmation = replies.ToOperators(after, requestId, WorkflowReplyComposer.OperatorNote, new Dictionary<string, object?> { ["note"] = command.Text }, anchor, [replyToActor]);
            await store.EnqueueAsync(requestId, confirmation, replyToActor.Address, now, cancellationToken);
        }
        else if (command.Action == WorkflowAction.ReviewOverdue && replies.Operators.Count > 0)
        {
            using var alert = replies.ToOperators(after, requestId, WorkflowReplyComposer.ReviewOverdue, new Dictionary<string, object?> { ["waiting"] = command.Text }, anchor, replies.Operators);
            await store.EnqueueAsync(requestId, alert, replies.Operators[0].Address, now, cancellationToken);
        }

        logger.LogInformation("Request {RequestId}: {Action} by {Actor} via {Via}, {From} -> {To}", requestId, command.Action.Name(), actor.Name, actor.Via, request.State.Name(), next.Name());
        return WorkflowOutcome.Applied(after);
    }

    /// <summary>A usage reply to the operator alone: the command was not understood.</summary>
    public async Task SendUsageAsync(StoreTransaction store, string? requestId, string error, MimeMessage trigger, MailboxAddress operatorAddress, CancellationToken cancellationToken)
    {
        var request = requestId is null ? null : await store.FindWorkflowRequestAsync(requestId, cancellationToken);
        using var usage = replies.ToOperators(request, requestId ?? "", WorkflowReplyComposer.OperatorUsage, new Dictionary<string, object?>
        {
            ["error"] = error,
            ["usage"] = OperatorCommandParser.Usage,
        }, ThreadAnchor.Of(trigger), [operatorAddress]);
        await store.EnqueueAsync(requestId, usage, operatorAddress.Address, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Tells the operators the customer wrote after the review (the message is not checked again
    /// and gets no automatic answer), quoting the fresh text.</summary>
    public async Task ForwardCustomerMessageAsync(StoreTransaction store, string requestId, MimeMessage message, string freshText, CancellationToken cancellationToken)
    {
        if (replies.Operators.Count == 0)
        {
            return;
        }

        var request = await store.FindWorkflowRequestAsync(requestId, cancellationToken);
        var text = freshText.Length > 4000 ? freshText[..4000] + "\n[…]" : freshText;
        using var notice = replies.ToOperators(request, requestId, WorkflowReplyComposer.CustomerWrote, new Dictionary<string, object?>
        {
            ["text"] = text.Trim(),
            ["attachments"] = message.Attachments.Count(),
        }, ThreadAnchor.Of(message), replies.Operators);
        await store.EnqueueAsync(requestId, notice, replies.Operators[0].Address, time.GetUtcNow(), cancellationToken);
    }

    private MimeMessage? CustomerReply(WorkflowRequest request, OperatorCommand command, ThreadAnchor? anchor)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["reason"] = command.Text ?? "",
            ["rejection_code"] = command.RejectionCode ?? "",
            ["carrier_text"] = command.Text ?? "",
            ["abandoned"] = command.Action == WorkflowAction.Abandoned,
        };
        var kind = command.Action switch
        {
            WorkflowAction.Approve => WorkflowReplyComposer.Approved,
            WorkflowAction.Submitted => WorkflowReplyComposer.Submitted,
            WorkflowAction.CarrierApproved => WorkflowReplyComposer.PortingDateSet,
            WorkflowAction.CarrierRejected => WorkflowReplyComposer.CarrierRejected,
            WorkflowAction.Completed => WorkflowReplyComposer.Completed,
            WorkflowAction.Cancel or WorkflowAction.Abandoned => WorkflowReplyComposer.Cancelled,
            WorkflowAction.FollowUp => WorkflowReplyComposer.FollowUp,
            WorkflowAction.ConfigureReminder => WorkflowReplyComposer.ConfigureReminder,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        if (command.Action == WorkflowAction.FollowUp)
        {
            extra["reasons"] = request.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
        }

        return replies.ToCustomer(request, kind, extra, anchor, command.RejectionCode);
    }
}

/// <summary>What came of an action: applied (with the request after it) or refused and why.</summary>
public sealed record WorkflowOutcome(bool Accepted, string? Refusal, WorkflowRequest? Request)
{
    public static WorkflowOutcome Applied(WorkflowRequest request) => new(true, null, request);

    public static WorkflowOutcome Refused(string why) => new(false, why, null);
}
