using System.Diagnostics;
using System.Globalization;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Reads an operator command: <c>/approve</c>, <c>/submitted</c>, <c>/carrier-approved YYYY-MM-DD [HH:MM] [zone]</c>,
/// <c>/carrier-rejected CODE [text]</c>, <c>/completed</c>, <c>/cancel [reason]</c>, <c>/note text</c>.
/// Only the first non-blank line of the fresh text counts.</summary>
public static class OperatorCommandParser
{
    private const int MaxTextLength = 2000;

    public const string Usage = """
        Commands (on the first line of your reply, alone or followed by their arguments):
          /approve                                   the review passed (request in-review)
          /submitted                                 submitted to the current carrier (request approved)
          /carrier-approved YYYY-MM-DD [HH:MM] [zone]
                                                     the carrier's porting date (Eastern time unless a zone follows,
                                                     e.g. Pacific, MT, America/Halifax, UTC)
          /carrier-rejected CODE [text]              the carrier rejected the port; CODE is one of
                                                     pin-mismatch, account-number-mismatch, name-mismatch,
                                                     address-mismatch, postal-code-mismatch, unauthorized-user,
                                                     pending-order, number-not-on-account, number-not-portable, other
          /completed                                 the port completed
          /cancel [reason]                           cancel the request
          /note text                                 a note for the history (not sent to the customer)
        """;

    /// <summary>Parses the first non-blank line of <paramref name="freshText"/>.</summary>
    public static ParsedCommand ParseFirstLine(string? freshText)
    {
        foreach (var raw in (freshText ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0)
            {
                return Parse(line);
            }
        }

        return new ParsedCommand(null, null, null);
    }

    public static ParsedCommand Parse(string line)
    {
        line = line.Trim();
        if (!line.StartsWith('/') || line.Length < 2 || !char.IsAsciiLetter(line[1]))
        {
            return new ParsedCommand(null, null, null);
        }

        var space = line.IndexOfAny([' ', '\t']);
        var name = (space < 0 ? line[1..] : line[1..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : line[(space + 1)..].Trim();
        if (rest.Length > MaxTextLength)
        {
            rest = rest[..MaxTextLength];
        }

        if (!WorkflowActions.TryParseOperatorAction(name, out var action))
        {
            return Error(name, $"/{name} is not a command.");
        }

        return action switch
        {
            WorkflowAction.Approve or WorkflowAction.Submitted or WorkflowAction.Completed => rest.Length == 0
                ? Ok(new OperatorCommand(action))
                : Error(name, $"/{name} takes no argument."),
            WorkflowAction.Cancel => Ok(new OperatorCommand(action, rest.Length == 0 ? null : rest)),
            WorkflowAction.Note => rest.Length == 0
                ? Error(name, "/note needs the text of the note.")
                : Ok(new OperatorCommand(action, rest)),
            WorkflowAction.CarrierRejected => CarrierRejected(rest),
            WorkflowAction.CarrierApproved => CarrierApproved(rest),
            _ => throw new UnreachableException($"operator action {name} has no parser"),
        };
    }

    private static ParsedCommand CarrierRejected(string rest)
    {
        var parts = rest.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return Error(WorkflowAction.CarrierRejected.Name(), "/carrier-rejected needs the carrier's reason code.");
        }

        var code = parts[0].ToLowerInvariant();
        if (!CarrierRejections.IsKnown(code))
        {
            return Error(WorkflowAction.CarrierRejected.Name(), $"'{parts[0]}' is not a rejection code; use one of {string.Join(", ", CarrierRejections.Codes)}.");
        }

        return Ok(new OperatorCommand(WorkflowAction.CarrierRejected, parts.Length > 1 ? parts[1].Trim() : null, code));
    }

    private static ParsedCommand CarrierApproved(string rest)
    {
        var name = WorkflowAction.CarrierApproved.Name();
        var parts = rest.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return Error(name, "/carrier-approved needs the porting date, as YYYY-MM-DD.");
        }

        if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Error(name, $"'{parts[0]}' is not a date; write it as YYYY-MM-DD.");
        }

        var next = 1;
        TimeOnly? time = null;
        if (next < parts.Length && parts[next].Contains(':', StringComparison.Ordinal))
        {
            if (!TimeOnly.TryParseExact(parts[next], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Error(name, $"'{parts[next]}' is not a time; write it as HH:MM (24-hour).");
            }

            time = parsed;
            next++;
        }

        var zone = PortingTimeZones.Eastern;
        if (next < parts.Length)
        {
            var zoneText = string.Join(" ", parts[next..]);
            if (PortingTimeZones.Resolve(zoneText) is not { } resolved)
            {
                return Error(name, $"'{zoneText}' is not a time zone; use e.g. Eastern, Pacific, MT, America/Halifax or UTC.");
            }

            zone = resolved;
        }

        return Ok(new OperatorCommand(WorkflowAction.CarrierApproved, PortingDate: new PortingDate(date, time, zone)));
    }

    private static ParsedCommand Ok(OperatorCommand command) => new(command, null, command.Action.Name());

    private static ParsedCommand Error(string name, string error) => new(null, error, name);
}
