namespace PortMailBot.Daemon.Workflow;

/// <summary>One entry of a request's history: who did what, when, why, and the state before and after.</summary>
/// <param name="Via">How: <c>mail</c>, <c>cli</c>, <c>web</c>, <c>schedule</c> or <c>intake</c>.</param>
public sealed record TransitionRecord(
    long Id,
    string RequestId,
    DateTimeOffset At,
    string Actor,
    string Via,
    string Action,
    string? FromState,
    string ToState,
    string? Reason,
    string? Detail);

/// <summary>A request as the workflow sees it: its state, since when, and the porting date once set.</summary>
public sealed record WorkflowRequest(
    string Id,
    string Customer,
    string Subject,
    string Language,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Reasons,
    string? FieldsJson,
    PortingDate? PortingDate);

/// <summary>Who acts: an operator's address by mail or a name from the command line, the customer, or the scheduler.</summary>
public sealed record WorkflowActor(string Name, string Via)
{
    public const string ViaMail = "mail";
    public const string ViaCli = "cli";
    public const string ViaWeb = "web";
    public const string ViaSchedule = "schedule";
    public const string ViaIntake = "intake";

    public static WorkflowActor Scheduler { get; } = new("scheduler", ViaSchedule);
}
