using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The allowed transitions of a port request. Every change of state goes through <see cref="Decide"/>,
/// so an out-of-order action is refused with an explanation instead of silently applied.</summary>
public static class StateMachine
{
    /// <summary>For each action, the states it applies to and the state it leads to (null: stays).</summary>
    private static readonly Dictionary<WorkflowAction, (PortState[] From, PortState? To)> Rules = new()
    {
        [WorkflowAction.Approve] = ([PortState.InReview], PortState.Approved),
        [WorkflowAction.Submitted] = ([PortState.Approved], PortState.SubmittedToCarrier),
        // A new date from the carrier (a reschedule) is taken as well.
        [WorkflowAction.CarrierApproved] = ([PortState.SubmittedToCarrier, PortState.PortingDateSet], PortState.PortingDateSet),
        [WorkflowAction.CarrierRejected] = ([PortState.SubmittedToCarrier, PortState.PortingDateSet], PortState.NeedsInfo),
        [WorkflowAction.Completed] = ([PortState.PortingDateSet], PortState.Completed),
        [WorkflowAction.Cancel] = ([PortState.NeedsInfo, PortState.InReview, PortState.Approved, PortState.SubmittedToCarrier, PortState.PortingDateSet], PortState.Cancelled),
        [WorkflowAction.Note] = ([.. PortStates.All], null),
        [WorkflowAction.ConfigureReminder] = ([PortState.PortingDateSet], null),
        [WorkflowAction.FollowUp] = ([PortState.NeedsInfo], null),
        [WorkflowAction.Abandoned] = ([PortState.NeedsInfo], PortState.Cancelled),
        [WorkflowAction.ReviewOverdue] = ([PortState.InReview], null),
        [WorkflowAction.CustomerMessage] = ([.. PortStates.All], null),
    };

    /// <summary>Whether <paramref name="action"/> may be taken in <paramref name="state"/>, and where it leads.</summary>
    public static TransitionDecision Decide(PortState state, WorkflowAction action)
    {
        if (action == WorkflowAction.Check)
        {
            // The intake engine decides between the two intake states; after the review a customer's
            // message no longer moves the request (see PortStates.IsIntake).
            return state.IsIntake()
                ? TransitionDecision.Allow(state)
                : TransitionDecision.Refuse($"the request is {state.Name()}; the customer's documents are no longer checked");
        }

        if (!Rules.TryGetValue(action, out var rule))
        {
            return TransitionDecision.Refuse($"unknown action '{action.Name()}'");
        }

        if (Array.IndexOf(rule.From, state) < 0)
        {
            return TransitionDecision.Refuse(
                $"the request is {state.Name()}, and {action.Name()} applies only to a request that is {string.Join(" or ", rule.From.Select(PortStates.Name))}");
        }

        return TransitionDecision.Allow(rule.To ?? state);
    }

    /// <summary>The states <paramref name="action"/> applies to (for usage and explanations).</summary>
    public static IReadOnlyList<PortState> AppliesTo(WorkflowAction action) =>
        Rules.TryGetValue(action, out var rule) ? rule.From : [];
}

/// <summary>The answer of <see cref="StateMachine.Decide"/>: allowed with the next state, or refused and why.</summary>
public sealed record TransitionDecision(bool Allowed, PortState? NextState, string? Refusal)
{
    public static TransitionDecision Allow(PortState next) => new(true, next, null);

    public static TransitionDecision Refuse(string why) => new(false, null, why);
}
