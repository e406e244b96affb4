using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Tests.Storage;

public sealed class MessageOutcomeTests
{
    [Fact]
    public void Needs_attention_only_a_message_that_could_not_be_checked_or_was_quarantined()
    {
        var needing = Enum.GetValues<MessageOutcome>().Where(o => o.NeedsAttention());

        Assert.Equal([MessageOutcome.Failed, MessageOutcome.Quarantined], needing);
    }

    [Fact]
    public void Stored_name_every_outcome_has_its_own_stable_name()
    {
        var names = Enum.GetValues<MessageOutcome>().Select(o => o.StoredName()).ToList();

        Assert.Equal(["answered", "rate-limited", "ignored", "duplicate", "operator", "kept", "failed", "sent", "quarantined"], names);
    }

    [Fact]
    public void Poll_summary_operator_and_kept_messages_need_no_attention()
    {
        var summary = new PollSummary();
        summary.Count(MessageOutcome.Operator);
        summary.Count(MessageOutcome.Kept);
        summary.Count(MessageOutcome.RateLimited);

        Assert.Equal(3, summary.Total);
        Assert.Equal(0, summary.NeedingAttention);
        Assert.False(new PortMailBot.Daemon.Scheduling.CycleResult(true, summary, 0).NeedsAttention);

        summary.Count(MessageOutcome.Failed);
        Assert.Equal(1, summary.NeedingAttention);
        Assert.True(new PortMailBot.Daemon.Scheduling.CycleResult(true, summary, 0).NeedsAttention);
    }
}
