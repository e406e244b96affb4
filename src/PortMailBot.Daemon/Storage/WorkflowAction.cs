namespace PortMailBot.Daemon.Storage;

/// <summary>What can happen to a request, as recorded in its history: the one definition. Stored in
/// <c>transitions.action</c>, shown and typed by <see cref="WorkflowActions.Name"/>; the operator commands are
/// those names with a slash (<c>/approve</c>, <c>/carrier-approved</c>, …).</summary>
public enum WorkflowAction
{
    /// <summary>The intake engine checked the customer's message(s).</summary>
    Check,

    Approve,
    Submitted,
    CarrierApproved,
    CarrierRejected,
    Completed,
    Cancel,
    Note,

    /// <summary>Scheduled: the configure-Voice-and-SMS reminder before the porting date.</summary>
    ConfigureReminder,

    /// <summary>Scheduled: a nudge to a customer whose request waits in needs-info.</summary>
    FollowUp,

    /// <summary>Scheduled: a request left in needs-info too long is closed.</summary>
    Abandoned,

    /// <summary>Scheduled: the operators are told a request waits for review beyond the SLA.</summary>
    ReviewOverdue,

    /// <summary>The customer wrote in the thread after the review; kept for the operators, not checked again.</summary>
    CustomerMessage,
}

/// <summary>The names of <see cref="WorkflowAction"/>, exactly as stored in the history, typed after a slash in a
/// thread command, named by the <c>requests</c> subcommands and posted by the console's forms: existing
/// databases and operators' habits rely on them.</summary>
public static class WorkflowActions
{
    public static IReadOnlyList<WorkflowAction> All { get; } = Enum.GetValues<WorkflowAction>();

    /// <summary>The actions an operator may take (by mail, from the command line or the console).</summary>
    public static IReadOnlyList<WorkflowAction> OperatorActions { get; } =
    [
        WorkflowAction.Approve, WorkflowAction.Submitted, WorkflowAction.CarrierApproved, WorkflowAction.CarrierRejected,
        WorkflowAction.Completed, WorkflowAction.Cancel, WorkflowAction.Note,
    ];

    // No default arm: the compiler (CS8509, an error here) names an action added later and not named.
#pragma warning disable CS8524
    public static string Name(this WorkflowAction action) => action switch
    {
        WorkflowAction.Check => "check",
        WorkflowAction.Approve => "approve",
        WorkflowAction.Submitted => "submitted",
        WorkflowAction.CarrierApproved => "carrier-approved",
        WorkflowAction.CarrierRejected => "carrier-rejected",
        WorkflowAction.Completed => "completed",
        WorkflowAction.Cancel => "cancel",
        WorkflowAction.Note => "note",
        WorkflowAction.ConfigureReminder => "configure-reminder",
        WorkflowAction.FollowUp => "follow-up",
        WorkflowAction.Abandoned => "abandoned",
        WorkflowAction.ReviewOverdue => "review-overdue",
        WorkflowAction.CustomerMessage => "customer-message",
    };
#pragma warning restore CS8524

    public static bool TryParse(string? name, out WorkflowAction action) => StoredNames.TryParse(All, Name, name, out action);

    /// <summary>An operator action by its name (a thread command without its slash, a console form's value);
    /// false for any other name, scheduled and intake actions included.</summary>
    public static bool TryParseOperatorAction(string? name, out WorkflowAction action) =>
        TryParse(name, out action) && action.IsOperatorAction();

    /// <summary>A stored name back to its action; a name the daemon never writes is a corrupt row.</summary>
    public static WorkflowAction Parse(string name) =>
        TryParse(name, out var action) ? action : throw new FormatException($"'{name}' is not a workflow action");

    public static bool IsOperatorAction(this WorkflowAction action) => OperatorActions.Contains(action);
}
