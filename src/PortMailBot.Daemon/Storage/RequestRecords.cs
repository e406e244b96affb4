namespace PortMailBot.Daemon.Storage;

/// <summary>One entry of a request's history: who did what, when, why, and the state before and after.</summary>
/// <param name="Via">How: <c>mail</c>, <c>cli</c>, <c>web</c>, <c>schedule</c> or <c>intake</c>.</param>
public sealed record TransitionRecord(
    long Id,
    string RequestId,
    DateTimeOffset At,
    string Actor,
    string Via,
    WorkflowAction Action,
    PortState? FromState,
    PortState ToState,
    string? Reason,
    string? Detail);

/// <summary>A request as the workflow sees it: its state, since when, and the porting date once set.</summary>
public sealed record WorkflowRequest(
    string Id,
    string Customer,
    string Subject,
    string Language,
    PortState State,
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

/// <summary>When the carrier ports the numbers: a date, an optional time, and the time zone they are in.</summary>
public sealed record PortingDate(DateOnly Date, TimeOnly? Time, string TimeZoneId)
{
    /// <summary>The zone of a porting date stored without one: where the porting team works.</summary>
    public const string DefaultTimeZoneId = "America/Toronto";

    /// <summary>The moment of the port (the start of the day when no time was given).</summary>
    public DateTimeOffset Instant
    {
        get
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
            var local = Date.ToDateTime(Time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
    }
}
