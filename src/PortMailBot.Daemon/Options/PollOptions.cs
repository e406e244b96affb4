namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Poll</c>: when the inbox is read.</summary>
public sealed class PollOptions
{
    public const string SectionName = "Poll";

    /// <summary>An interval (<c>00:01:00</c>) or a Quartz cron expression (<c>0 0/5 * * * ?</c>).</summary>
    public string Schedule { get; set; } = "00:01:00";

    /// <summary>How many messages are fetched from the server at once; bounds memory.</summary>
    public int BatchSize { get; set; } = 25;

    /// <summary>How often the outbox is retried between polls while SMTP is down.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first wait after a failed send; doubled each time up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
}
