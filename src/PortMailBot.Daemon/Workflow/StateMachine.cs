using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The allowed transitions of a port request. Every change of state goes through <see cref="Decide"/>,
/// so an out-of-order action is refused with an explanation instead of silently applied.</summary>
public static class StateMachine
{
    /// <summary>For each action, the states it applies to and the state it leads to (null: stays).</summary>
    private static readonly Dictionary<string, (PortState[] From, PortState? To)> Rules = new(StringComparer.Ordinal)
    {
        [WorkflowActions.Approve] = ([PortState.InReview], PortState.Approved),
        [WorkflowActions.Submitted] = ([PortState.Approved], PortState.SubmittedToCarrier),
        // A new date from the carrier (a reschedule) is taken as well.
        [WorkflowActions.CarrierApproved] = ([PortState.SubmittedToCarrier, PortState.PortingDateSet], PortState.PortingDateSet),
        [WorkflowActions.CarrierRejected] = ([PortState.SubmittedToCarrier, PortState.PortingDateSet], PortState.NeedsInfo),
        [WorkflowActions.Completed] = ([PortState.PortingDateSet], PortState.Completed),
        [WorkflowActions.Cancel] = ([PortState.NeedsInfo, PortState.InReview, PortState.Approved, PortState.SubmittedToCarrier, PortState.PortingDateSet], PortState.Cancelled),
        [WorkflowActions.Note] = ([.. PortStates.All], null),
        [WorkflowActions.ConfigureReminder] = ([PortState.PortingDateSet], null),
        [WorkflowActions.FollowUp] = ([PortState.NeedsInfo], null),
        [WorkflowActions.Abandoned] = ([PortState.NeedsInfo], PortState.Cancelled),
        [WorkflowActions.ReviewOverdue] = ([PortState.InReview], null),
        [WorkflowActions.CustomerMessage] = ([.. PortStates.All], null),
    };

    /// <summary>Whether <paramref name="action"/> may be taken in <paramref name="state"/>, and where it leads.</summary>
    public static TransitionDecision Decide(PortState state, string action)
    {
        if (action == WorkflowActions.Check)
        {
            // The intake engine decides between the two intake states; after the review a customer's
            // message no longer moves the request (see PortStates.IsIntake).
            return state.IsIntake()
                ? TransitionDecision.Allow(state)
                : TransitionDecision.Refuse($"the request is {state.Name()}; the customer's documents are no longer checked");
        }

        if (!Rules.TryGetValue(action, out var rule))
        {
            return TransitionDecision.Refuse($"unknown action '{action}'");
        }

        if (Array.IndexOf(rule.From, state) < 0)
        {
            return TransitionDecision.Refuse(
                $"the request is {state.Name()}, and {action} applies only to a request that is {string.Join(" or ", rule.From.Select(PortStates.Name))}");
        }

        return TransitionDecision.Allow(rule.To ?? state);
    }

    /// <summary>The states <paramref name="action"/> applies to (for usage and explanations).</summary>
    public static IReadOnlyList<PortState> AppliesTo(string action) =>
        Rules.TryGetValue(action, out var rule) ? rule.From : [];
}

/// <summary>The answer of <see cref="StateMachine.Decide"/>: allowed with the next state, or refused and why.</summary>
public sealed record TransitionDecision(bool Allowed, PortState? NextState, string? Refusal)
{
    public static TransitionDecision Allow(PortState next) => new(true, next, null);

    public static TransitionDecision Refuse(string why) => new(false, null, why);
}
