using PortMailBot.Daemon.Storage;
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
    public void Allowed_transitions_lead_to_their_state(string from, string action, string to)
    {
        var decision = StateMachine.Decide(PortStates.Parse(from), WorkflowActions.Parse(action));

        Assert.True(decision.Allowed, decision.Refusal);
        Assert.Equal(to, decision.NextState?.Name());
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
    public void Out_of_order_actions_are_refused_with_the_current_state_named(string from, string action)
    {
        var decision = StateMachine.Decide(PortStates.Parse(from), WorkflowActions.Parse(action));

        Assert.False(decision.Allowed);
        Assert.Null(decision.NextState);
        Assert.Contains(from, decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Completed_on_a_request_in_review_explains_which_state_it_needs()
    {
        var decision = StateMachine.Decide(PortState.InReview, WorkflowAction.Completed);

        Assert.Equal("the request is in-review, and completed applies only to a request that is porting-date-set", decision.Refusal);
    }

    [Fact]
    public void The_seven_states_have_their_exact_names()
    {
        Assert.Equal(
            ["needs-info", "in-review", "approved", "submitted-to-carrier", "porting-date-set", "completed", "cancelled"],
            PortStates.Names);
    }

    [Fact]
    public void The_actions_have_their_exact_stored_names_and_read_back()
    {
        Assert.Equal(
            ["check", "approve", "submitted", "carrier-approved", "carrier-rejected", "completed", "cancel", "note",
             "configure-reminder", "follow-up", "abandoned", "review-overdue", "customer-message"],
            WorkflowActions.All.Select(WorkflowActions.Name));
        Assert.All(WorkflowActions.All, a => Assert.Equal(a, WorkflowActions.Parse(a.Name())));
        Assert.Throws<FormatException>(() => WorkflowActions.Parse("Approve"));
    }

    [Theory]
    [InlineData("approve", true)]
    [InlineData("carrier-rejected", true)]
    [InlineData("note", true)]
    [InlineData("check", false)]
    [InlineData("follow-up", false)]
    [InlineData("customer-message", false)]
    [InlineData("Approve", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    public void Only_operator_actions_parse_as_operator_actions(string name, bool operatorAction)
    {
        Assert.Equal(operatorAction, WorkflowActions.TryParseOperatorAction(name, out _));
    }

    [Fact]
    public void Every_operator_action_is_reachable_from_some_state()
    {
        foreach (var action in WorkflowActions.OperatorActions)
        {
            Assert.Contains(PortStates.All, s => StateMachine.Decide(s, action).Allowed);
        }
    }
}
