using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The states of a port request, exactly as written in <c>X-PortMailBot-State</c>; operators'
/// mail rules and outside checks rely on these names.</summary>
public static class PortStates
{
    public const string NeedsInfo = RequestState.NeedsInfo;
    public const string InReview = RequestState.InReview;
    public const string Approved = "approved";
    public const string SubmittedToCarrier = "submitted-to-carrier";
    public const string PortingDateSet = "porting-date-set";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";

    public static IReadOnlyList<string> All { get; } =
        [NeedsInfo, InReview, Approved, SubmittedToCarrier, PortingDateSet, Completed, Cancelled];

    public static bool IsFinal(string state) => state is Completed or Cancelled;

    /// <summary>States in which the customer's documents are still being gathered or checked, so a
    /// customer's message in the thread is checked again.</summary>
    public static bool IsIntake(string state) => state is NeedsInfo or InReview;
}
