namespace PortMailBot.Daemon.Workflow;

/// <summary>Section <c>Workflow</c>: the timers of the operator workflow.</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Workflow";

    /// <summary>How often the timers run (review SLA, reminders, follow-ups, abandoned requests).</summary>
    public TimeSpan TimersInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A request in review longer than this many business days alerts the operators.</summary>
    public int ReviewSlaBusinessDays { get; set; } = 1;

    /// <summary>The customer is reminded to configure Voice and SMS this many business days before the porting date.</summary>
    public int ConfigureReminderBusinessDays { get; set; } = 2;

    /// <summary>A request waiting in needs-info this many days gets a follow-up to the customer.</summary>
    public int NeedsInfoFollowUpDays { get; set; } = 5;

    /// <summary>A request waiting in needs-info this many days is closed as abandoned.</summary>
    public int AbandonAfterDays { get; set; } = 30;

    /// <summary>Provincial or company holidays on top of the federal statutory ones (YYYY-MM-DD).</summary>
    public IReadOnlyList<DateOnly> ExtraHolidays { get; set; } = [];

    /// <summary>Attach a prefilled LOA form (PDF) to a needs-info reply when the LOA is missing or unsigned.</summary>
    public bool AttachLoaForm { get; set; } = true;
}
