using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Commands;

/// <summary><c>requests list [--state S]... | show ID | ACTION ID [args] [--as NAME]</c>: the operator workflow
/// from the command line, on the daemon's database, sending the same replies as a command by mail.</summary>
public static class RequestsCommand
{
    public const string Usage = """
        Usage: PortMailBot requests list [--state STATE]... [--max N]
               PortMailBot requests show ID
               PortMailBot requests approve ID
               PortMailBot requests submitted ID
               PortMailBot requests carrier-approved ID YYYY-MM-DD [HH:MM] [zone]
               PortMailBot requests carrier-rejected ID CODE [text]
               PortMailBot requests completed ID
               PortMailBot requests cancel ID [reason]
               PortMailBot requests note ID text
          --as NAME   who acts, for the history (default: the login name)
        States: needs-info, in-review, approved, submitted-to-carrier, porting-date-set, completed, cancelled.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await Console.Out.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var (rest, actor) = TakeOption(args[1..], "--as");
        var builder = PortMailBotHost.CreateBuilder([]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDaemon(builder.Configuration);
        using var host = builder.Build();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception ex) when (ex is OptionsValidationException or AggregateException)
        {
            await Console.Error.WriteLineAsync("PortMailBot cannot start: the configuration is not valid. " + ex.Message);
            return 2;
        }

        var operations = host.Services.GetRequiredService<WorkflowOperations>();
        var ct = CancellationToken.None;
        switch (args[0])
        {
            case "list":
                return await ListAsync(operations, rest, ct);
            case "show" when rest.Count == 1:
                var shown = await operations.ShowAsync(rest[0], ct);
                if (shown is null)
                {
                    await Console.Error.WriteLineAsync($"There is no request {rest[0]}.");
                    return 1;
                }

                await Console.Out.WriteAsync(shown);
                return 0;
            case var action when WorkflowActions.OperatorActions.Contains(action) && rest.Count >= 1:
                return await ApplyAsync(operations, action, rest[0], rest[1..], actor ?? Environment.UserName, ct);
            default:
                await Console.Error.WriteLineAsync($"Cannot read 'requests {string.Join(' ', args)}'.\n\n{Usage}");
                return 2;
        }
    }

    private static async Task<int> ListAsync(WorkflowOperations operations, List<string> rest, CancellationToken ct)
    {
        var states = new List<string>();
        var max = 200;
        for (var i = 0; i < rest.Count; i++)
        {
            if (rest[i] == "--state" && i + 1 < rest.Count && PortStates.All.Contains(rest[i + 1]))
            {
                states.Add(rest[++i]);
            }
            else if (rest[i] == "--max" && i + 1 < rest.Count && int.TryParse(rest[i + 1], out var parsed) && parsed > 0)
            {
                max = parsed;
                i++;
            }
            else
            {
                await Console.Error.WriteLineAsync($"'{rest[i]}' is not understood here; --state takes one of {string.Join(", ", PortStates.All)}.");
                return 2;
            }
        }

        await Console.Out.WriteAsync(WorkflowOperations.FormatList(await operations.ListAsync(states, max, ct)));
        return 0;
    }

    private static async Task<int> ApplyAsync(WorkflowOperations operations, string action, string id, List<string> arguments, string actor, CancellationToken ct)
    {
        // The same parser as the mail commands, so both accept exactly the same arguments.
        var parsed = OperatorCommandParser.Parse("/" + action + (arguments.Count > 0 ? " " + string.Join(' ', arguments) : ""));
        if (parsed.Command is null)
        {
            await Console.Error.WriteLineAsync(parsed.Error + "\n\n" + Usage);
            return 2;
        }

        var (outcome, unsent) = await operations.ApplyAsync(id, parsed.Command, actor, ct);
        if (!outcome.Accepted)
        {
            await Console.Error.WriteLineAsync($"Refused: {outcome.Refusal}.");
            return 1;
        }

        await Console.Out.WriteLineAsync($"{id}: {action} recorded; the request is {outcome.Request!.State}.");
        if (unsent > 0)
        {
            await Console.Error.WriteLineAsync($"{unsent} replies could not be sent yet; the daemon will retry them.");
        }

        return 0;
    }

    private static (List<string> Remaining, string? Value) TakeOption(string[] args, string name)
    {
        var rest = new List<string>();
        string? value = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name && i + 1 < args.Length)
            {
                value = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        return (rest, value);
    }
}
