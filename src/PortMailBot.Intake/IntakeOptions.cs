namespace PortMailBot.Intake;

/// <summary>Bounds and defaults of the intake engine (section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>The time zone whose "today" is the default as-of day.</summary>
    public string TimeZone { get; set; } = "America/Toronto";

    /// <summary>A bill older than this many days before the as-of day is too old.</summary>
    public int BillMaxAgeDays { get; set; } = 30;

    /// <summary>How long one message may take before the attachments still unread are given up.</summary>
    public TimeSpan MessageTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How many attachments are read at once.</summary>
    public int MaxParallelDocuments { get; set; } = Environment.ProcessorCount;
}
