using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Processing;

/// <summary>What one poll did: how many messages ended with each outcome, and how many of them need an
/// operator (<see cref="MessageOutcomes.NeedsAttention"/> decides, never a default).</summary>
public sealed class PollSummary
{
    private readonly Dictionary<MessageOutcome, int> _counts = [];

    public int this[MessageOutcome outcome] => _counts.GetValueOrDefault(outcome);

    public int Answered => this[MessageOutcome.Answered];

    public int Ignored => this[MessageOutcome.Ignored];

    public int Duplicates => this[MessageOutcome.Duplicate];

    public int RateLimited => this[MessageOutcome.RateLimited];

    /// <summary>Operators' messages: commands obeyed or refused, notes.</summary>
    public int Operator => this[MessageOutcome.Operator];

    /// <summary>Customers' messages after the review, kept for the operators.</summary>
    public int Kept => this[MessageOutcome.Kept];

    /// <summary>Messages that could not be checked.</summary>
    public int Failed => this[MessageOutcome.Failed];

    /// <summary>Messages an operator must look at.</summary>
    public int NeedingAttention { get; private set; }

    public int Total { get; private set; }

    /// <summary>Messages left to the other instance that claimed them (not in <see cref="Total"/>).</summary>
    public int ClaimedElsewhere { get; set; }

    public void Count(MessageOutcome outcome)
    {
        _counts[outcome] = this[outcome] + 1;
        Total++;
        if (outcome.NeedsAttention())
        {
            NeedingAttention++;
        }
    }
}
