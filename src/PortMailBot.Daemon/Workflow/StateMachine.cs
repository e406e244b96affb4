namespace PortMailBot.Daemon.Workflow;

/// <summary>The allowed transitions of a port request. Every change of state goes through <see cref="Decide"/>,
/// so an out-of-order action is refused with an explanation instead of silently applied.</summary>
public static class StateMachine
{
    /// <summary>For each action, the states it applies to and the state it leads to (null: stays).</summary>
    private static readonly Dictionary<string, (string[] From, string? To)> Rules = new(StringComparer.Ordinal)
    {
        [WorkflowActions.Approve] = ([PortStates.InReview], PortStates.Approved),
        [WorkflowActions.Submitted] = ([PortStates.Approved], PortStates.SubmittedToCarrier),
        // A new date from the carrier (a reschedule) is taken as well.
        [WorkflowActions.CarrierApproved] = ([PortStates.SubmittedToCarrier, PortStates.PortingDateSet], PortStates.PortingDateSet),
        [WorkflowActions.CarrierRejected] = ([PortStates.SubmittedToCarrier, PortStates.PortingDateSet], PortStates.NeedsInfo),
        [WorkflowActions.Completed] = ([PortStates.PortingDateSet], PortStates.Completed),
        [WorkflowActions.Cancel] = ([PortStates.NeedsInfo, PortStates.InReview, PortStates.Approved, PortStates.SubmittedToCarrier, PortStates.PortingDateSet], PortStates.Cancelled),
        [WorkflowActions.Note] = ([.. PortStates.All], null),
        [WorkflowActions.ConfigureReminder] = ([PortStates.PortingDateSet], null),
        [WorkflowActions.FollowUp] = ([PortStates.NeedsInfo], null),
        [WorkflowActions.Abandoned] = ([PortStates.NeedsInfo], PortStates.Cancelled),
        [WorkflowActions.ReviewOverdue] = ([PortStates.InReview], null),
        [WorkflowActions.CustomerMessage] = ([.. PortStates.All], null),
    };

    /// <summary>Whether <paramref name="action"/> may be taken in <paramref name="state"/>, and where it leads.</summary>
    public static TransitionDecision Decide(string state, string action)
    {
        if (action == WorkflowActions.Check)
        {
            // The intake engine decides between the two intake states; after the review a customer's
            // message no longer moves the request (see PortStates.IsIntake).
            return PortStates.IsIntake(state)
                ? TransitionDecision.Allow(state)
                : TransitionDecision.Refuse($"the request is {state}; the customer's documents are no longer checked");
        }

        if (!Rules.TryGetValue(action, out var rule))
        {
            return TransitionDecision.Refuse($"unknown action '{action}'");
        }

        if (Array.IndexOf(rule.From, state) < 0)
        {
            return TransitionDecision.Refuse(
                $"the request is {state}, and {action} applies only to a request that is {string.Join(" or ", rule.From)}");
        }

        return TransitionDecision.Allow(rule.To ?? state);
    }

    /// <summary>The states <paramref name="action"/> applies to (for usage and explanations).</summary>
    public static IReadOnlyList<string> AppliesTo(string action) =>
        Rules.TryGetValue(action, out var rule) ? rule.From : [];
}

/// <summary>The answer of <see cref="StateMachine.Decide"/>: allowed with the next state, or refused and why.</summary>
public sealed record TransitionDecision(bool Allowed, string? NextState, string? Refusal)
{
    public static TransitionDecision Allow(string next) => new(true, next, null);

    public static TransitionDecision Refuse(string why) => new(false, null, why);
}
