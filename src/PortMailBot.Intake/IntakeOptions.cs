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

    /// <summary>Pages read in one message, all its documents together; the pages beyond are not read and
    /// the reply says so (<c>attachment-unreadable</c>). One document reads at most 20 pages in any case.</summary>
    public int MaxPagesPerMessage { get; set; } = 40;

    /// <summary>Every problem with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            problems.Add($"Intake:TimeZone must be a time zone id such as America/Toronto, not \"{TimeZone}\"");
        }

        if (MessageTimeout <= TimeSpan.Zero || MessageTimeout > TimeSpan.FromHours(1))
        {
            problems.Add("Intake:MessageTimeout must be positive and at most one hour");
        }

        if (MaxParallelDocuments is < 1 or > 256)
        {
            problems.Add("Intake:MaxParallelDocuments must be 1 to 256");
        }

        if (MaxPagesPerMessage is < 1 or > 10_000)
        {
            problems.Add("Intake:MaxPagesPerMessage must be 1 to 10000");
        }

        if (BillMaxAgeDays is < 1 or > 3660)
        {
            problems.Add("Intake:BillMaxAgeDays must be 1 to 3660");
        }

        return problems;
    }
}
