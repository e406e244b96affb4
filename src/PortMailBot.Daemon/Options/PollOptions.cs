namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Poll</c>: when the inbox is read.</summary>
public sealed class PollOptions
{
    public const string SectionName = "Poll";

    /// <summary>An interval (<c>00:01:00</c>) or a Quartz cron expression (<c>0 0/5 * * * ?</c>).</summary>
    public string Schedule { get; set; } = "00:01:00";

    /// <summary>How many messages are fetched from the server at once; bounds memory.</summary>
    public int BatchSize { get; set; } = 25;

    /// <summary>At most how many of a batch's messages are processed in one transaction (one commit, so one
    /// <c>fsync</c>, for all of them). Unset: the whole batch. On PostgreSQL request numbers are taken outside
    /// the transaction, so a shared transaction holds no row other instances need, except a request two of
    /// them touch at once (a thread's messages), for at most <see cref="CommitAfter"/>.</summary>
    public int? MessagesPerCommit { get; set; }

    /// <summary>A transaction is committed once it has been open this long, even with fewer messages, so a
    /// reply waits little for its commit (the round sends committed replies every 250 ms during a long poll),
    /// other writers (the dispatcher's marks, the console) wait little on SQLite's one writer, and a crash
    /// redoes little. Zero: a commit after every message.</summary>
    public TimeSpan CommitAfter { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>While a message with documents is processed, the next one's documents are read (the OCR of a
    /// one-page scan leaves the other cores idle otherwise). Off: one message's documents at a time, which holds
    /// one message's pages fewer in memory.</summary>
    public bool ReadAhead { get; set; } = true;

    /// <summary>How often the outbox is retried between polls while SMTP is down.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first wait after a failed send; doubled each time up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
}
