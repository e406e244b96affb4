namespace PortMailBot.Daemon.Storage;

/// <summary>What happened to a message, as written in the ledger and the messages table
/// (<see cref="MessageOutcomes.StoredName"/>).</summary>
public enum MessageOutcome
{
    /// <summary>Checked and answered.</summary>
    Answered,

    /// <summary>Neither checked nor answered: too many replies to that address, or in all, in the last hour (by design).</summary>
    RateLimited,

    /// <summary>Not answered by design: an automatic reply, a loop, not MIME, a command from a non-operator.</summary>
    Ignored,

    /// <summary>Already processed (seen again after a resync or a stop).</summary>
    Duplicate,

    /// <summary>An operator's message in a thread: a command obeyed or refused, or a note.</summary>
    Operator,

    /// <summary>A customer's message after the review: kept for the operators, not checked again.</summary>
    Kept,

    /// <summary>Could not be checked (too large, or the engine failed): kept for an operator.</summary>
    Failed,

    /// <summary>A reply the daemon sent (outgoing messages only).</summary>
    Sent,

    /// <summary>The daemon died twice while working on it: stored, operators told, never tried again.</summary>
    Quarantined,
}

/// <summary>The stored names of <see cref="MessageOutcome"/> and which outcomes need an operator's attention.</summary>
public static class MessageOutcomes
{
    // No default arms: the compiler (CS8509, an error here) names any outcome added later and not
    // classified, so a new outcome cannot silently count as a failure or as fine. CS8524 only concerns
    // values outside the enum, which the daemon never makes.
#pragma warning disable CS8524

    /// <summary>The name in the database; stable, operators' queries and <c>requests show</c> read it.</summary>
    public static string StoredName(this MessageOutcome outcome) => outcome switch
    {
        MessageOutcome.Answered => "answered",
        MessageOutcome.RateLimited => "rate-limited",
        MessageOutcome.Ignored => "ignored",
        MessageOutcome.Duplicate => "duplicate",
        MessageOutcome.Operator => "operator",
        MessageOutcome.Kept => "kept",
        MessageOutcome.Failed => "failed",
        MessageOutcome.Sent => "sent",
        MessageOutcome.Quarantined => "quarantined",
    };

    /// <summary>Whether an operator must look at the message: it could not be checked. Everything done
    /// by design (answered, kept, ignored, rate-limited, an operator's command) is not a failure.</summary>
    public static bool NeedsAttention(this MessageOutcome outcome) => outcome switch
    {
        MessageOutcome.Failed or MessageOutcome.Quarantined => true,
        MessageOutcome.Answered or MessageOutcome.RateLimited or MessageOutcome.Ignored or MessageOutcome.Duplicate
            or MessageOutcome.Operator or MessageOutcome.Kept or MessageOutcome.Sent => false,
    };
#pragma warning restore CS8524
}
