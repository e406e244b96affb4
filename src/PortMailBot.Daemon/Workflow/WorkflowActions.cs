namespace PortMailBot.Daemon.Workflow;

/// <summary>What can happen to a request, as recorded in its history. The operator commands are these
/// names with a slash (<c>/approve</c>, <c>/carrier-approved</c>, …).</summary>
public static class WorkflowActions
{
    /// <summary>The intake engine checked the customer's message(s).</summary>
    public const string Check = "check";
    public const string Approve = "approve";
    public const string Submitted = "submitted";
    public const string CarrierApproved = "carrier-approved";
    public const string CarrierRejected = "carrier-rejected";
    public const string Completed = "completed";
    public const string Cancel = "cancel";
    public const string Note = "note";

    /// <summary>Scheduled: the configure-Voice-and-SMS reminder before the porting date.</summary>
    public const string ConfigureReminder = "configure-reminder";

    /// <summary>Scheduled: a nudge to a customer whose request waits in needs-info.</summary>
    public const string FollowUp = "follow-up";

    /// <summary>Scheduled: a request left in needs-info too long is closed.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>Scheduled: the operators are told a request waits for review beyond the SLA.</summary>
    public const string ReviewOverdue = "review-overdue";

    /// <summary>The customer wrote in the thread after the review; kept for the operators, not checked again.</summary>
    public const string CustomerMessage = "customer-message";

    /// <summary>The actions an operator may take (by mail or from the command line).</summary>
    public static IReadOnlyList<string> OperatorActions { get; } =
        [Approve, Submitted, CarrierApproved, CarrierRejected, Completed, Cancel, Note];
}
