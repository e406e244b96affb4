using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

public sealed class StateMachineTests
{
    [Theory]
    [InlineData("in-review", "approve", "approved")]
    [InlineData("approved", "submitted", "submitted-to-carrier")]
    [InlineData("submitted-to-carrier", "carrier-approved", "porting-date-set")]
    [InlineData("porting-date-set", "carrier-approved", "porting-date-set")]
    [InlineData("submitted-to-carrier", "carrier-rejected", "needs-info")]
    [InlineData("porting-date-set", "completed", "completed")]
    [InlineData("needs-info", "cancel", "cancelled")]
    [InlineData("porting-date-set", "cancel", "cancelled")]
    [InlineData("completed", "note", "completed")]
    [InlineData("needs-info", "abandoned", "cancelled")]
    [InlineData("needs-info", "check", "needs-info")]
    [InlineData("porting-date-set", "configure-reminder", "porting-date-set")]
    public void AllowedTransitionsLeadToTheirState(string from, string action, string to)
    {
        var decision = StateMachine.Decide(from, action);

        Assert.True(decision.Allowed, decision.Refusal);
        Assert.Equal(to, decision.NextState);
    }

    [Theory]
    [InlineData("in-review", "completed")]
    [InlineData("needs-info", "approve")]
    [InlineData("in-review", "submitted")]
    [InlineData("approved", "carrier-approved")]
    [InlineData("completed", "cancel")]
    [InlineData("cancelled", "approve")]
    [InlineData("approved", "check")]
    [InlineData("in-review", "configure-reminder")]
    public void OutOfOrderActionsAreRefusedWithTheCurrentStateNamed(string from, string action)
    {
        var decision = StateMachine.Decide(from, action);

        Assert.False(decision.Allowed);
        Assert.Null(decision.NextState);
        Assert.Contains(from, decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void CompletedOnARequestInReviewExplainsWhichStateItNeeds()
    {
        var decision = StateMachine.Decide(PortStates.InReview, WorkflowActions.Completed);

        Assert.Equal("the request is in-review, and completed applies only to a request that is porting-date-set", decision.Refusal);
    }

    [Fact]
    public void TheSevenStatesHaveTheirExactNames()
    {
        Assert.Equal(
            ["needs-info", "in-review", "approved", "submitted-to-carrier", "porting-date-set", "completed", "cancelled"],
            PortStates.All);
    }

    [Fact]
    public void EveryOperatorActionIsReachableFromSomeState()
    {
        foreach (var action in WorkflowActions.OperatorActions)
        {
            Assert.Contains(PortStates.All, s => StateMachine.Decide(s, action).Allowed);
        }
    }
}
