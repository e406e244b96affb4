namespace PortMailBot.Daemon.Storage;

/// <summary>The states of a port request: the one definition. Stored, shown and written in
/// <c>X-PortMailBot-State</c> by <see cref="PortStates.Name"/>.</summary>
public enum PortState
{
    /// <summary>Something is missing or wrong; the customer was told what.</summary>
    NeedsInfo,

    /// <summary>Complete by the intake's check; waits for an operator's review.</summary>
    InReview,

    Approved,
    SubmittedToCarrier,
    PortingDateSet,
    Completed,
    Cancelled,
}

/// <summary>The names of <see cref="PortState"/>, exactly as stored and as written in <c>X-PortMailBot-State</c>;
/// operators' mail rules, queries and outside checks rely on them.</summary>
public static class PortStates
{
    public static IReadOnlyList<PortState> All { get; } = Enum.GetValues<PortState>();

    /// <summary>Every name, in the order of the workflow.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(Name)];

    // No default arm: the compiler (CS8509, an error here) names a state added later and not named.
#pragma warning disable CS8524
    public static string Name(this PortState state) => state switch
    {
        PortState.NeedsInfo => "needs-info",
        PortState.InReview => "in-review",
        PortState.Approved => "approved",
        PortState.SubmittedToCarrier => "submitted-to-carrier",
        PortState.PortingDateSet => "porting-date-set",
        PortState.Completed => "completed",
        PortState.Cancelled => "cancelled",
    };
#pragma warning restore CS8524

    public static bool TryParse(string? name, out PortState state) => StoredNames.TryParse(All, Name, name, out state);

    /// <summary>A stored name back to its state; a name the daemon never writes is a corrupt row.</summary>
    public static PortState Parse(string name) =>
        TryParse(name, out var state) ? state : throw new FormatException($"'{name}' is not a port request state");

    /// <summary><see cref="Parse"/> for a column that may be empty (a request's first transition has no state before it).</summary>
    public static PortState? ParseNullable(string? name) => name is null ? null : Parse(name);

    public static bool IsFinal(this PortState state) => state is PortState.Completed or PortState.Cancelled;

    /// <summary>States in which the customer's documents are still being gathered or checked, so a
    /// customer's message in the thread is checked again.</summary>
    public static bool IsIntake(this PortState state) => state is PortState.NeedsInfo or PortState.InReview;
}
