using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>One operator action with its arguments, from a mail's first line or the command line.</summary>
/// <param name="Action">One of <see cref="WorkflowActions.OperatorActions"/>, or a scheduled action from the timers.</param>
/// <param name="Text">The free text: the cancel reason, the note, the carrier's words.</param>
/// <param name="RejectionCode">For <c>carrier-rejected</c>: one of <see cref="CarrierRejections.Codes"/>.</param>
/// <param name="PortingDate">For <c>carrier-approved</c>.</param>
public sealed record OperatorCommand(
    WorkflowAction Action,
    string? Text = null,
    string? RejectionCode = null,
    PortingDate? PortingDate = null);

/// <summary>The outcome of parsing a line: a command, nothing (the line is not a command), or a usage error.</summary>
public sealed record ParsedCommand(OperatorCommand? Command, string? Error, string? Name)
{
    /// <summary>The line does not start with a slash command: an ordinary message.</summary>
    public bool IsCommand => Command is not null || Error is not null;
}
