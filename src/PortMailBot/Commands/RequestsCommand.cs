using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Configuration;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Commands;

/// <summary><c>requests list [--state S]... | show ID | ACTION ID [args] [--as NAME]</c>: the operator workflow
/// from the command line, on the daemon's database, sending the same replies as a command by mail.</summary>
internal static class RequestsCommand
{
    /// <summary>Each operator action: what it does, and its arguments after the id (name, how many, what).</summary>
    private static readonly Dictionary<WorkflowAction, (string Description, (string Name, ArgumentArity Arity, string Description)[] Arguments)> Actions = new()
    {
        [WorkflowAction.Approve] = ("The documents are verified: in-review to approved.", []),
        [WorkflowAction.Submitted] = ("The port was submitted to the carrier: approved to submitted-to-carrier.", []),
        [WorkflowAction.CarrierApproved] = (
            "The carrier set the porting date (or a new one): porting-date-set.",
            [
                ("YYYY-MM-DD", ArgumentArity.ExactlyOne, "The porting day."),
                ("HH:MM", ArgumentArity.ZeroOrOne, "The porting time (24-hour clock)."),
                ("zone", ArgumentArity.ZeroOrOne, "The time zone of that time, such as America/Toronto."),
            ]),
        [WorkflowAction.CarrierRejected] = (
            "The carrier rejected the port: back to needs-info, the reason explained to the customer.",
            [
                ("CODE", ArgumentArity.ExactlyOne, "The rejection code, such as postal-code-mismatch."),
                ("text", ArgumentArity.ZeroOrMore, "The carrier's words, passed on to the customer."),
            ]),
        [WorkflowAction.Completed] = ("The number is ported: porting-date-set to completed.", []),
        [WorkflowAction.Cancel] = ("Cancel the request.", [("reason", ArgumentArity.ZeroOrMore, "Why, for the history and the customer.")]),
        [WorkflowAction.Note] = ("Add a note to the request's history; the state does not change.", [("text", ArgumentArity.OneOrMore, "The note.")]),
    };

    public static RootCommand AddRequests(this RootCommand root)
    {
        var requests = new Command(
            "requests",
            "The operator workflow on the daemon's database: the same history and replies as a command by mail. "
            + "Exit 1 when the request's state does not allow the action.")
        {
            ListCommand(),
            ShowCommand(),
            PurgeCommand.Create(),
        };
        foreach (var action in WorkflowActions.OperatorActions)
        {
            requests.Add(ActionCommand(action));
        }

        var help = new Command("help", "Show this help (the same as requests --help).");
        help.SetAction(_ => root.Parse(["requests", "--help"]).Invoke());
        requests.Add(help);
        root.Add(requests);
        return root;
    }

    private static Command ListCommand()
    {
        var states = new Option<string[]>("--state") { Description = "Only requests in this state (repeat for several): " + string.Join(", ", PortStates.Names) + ".", HelpName = "STATE" };
        states.AcceptOnlyFromAmong([.. PortStates.Names]);
        var max = new Option<int>("--max") { Description = "At most N requests.", HelpName = "N", DefaultValueFactory = _ => 200 };
        max.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--max needs a number above 0.");
            }
        });
        var list = new Command("list", "The port requests: id, state, language, last update, porting date, customer.") { states, max };
        list.SetAction((parsed, ct) => WithOperationsAsync(async operations =>
        {
            await Console.Out.WriteAsync(WorkflowOperations.FormatList(await operations.ListAsync([.. (parsed.GetValue(states) ?? []).Select(PortStates.Parse)], parsed.GetValue(max), ct)));
            return 0;
        }));
        return list;
    }

    private static Command ShowCommand()
    {
        var id = new Argument<string>("ID") { Description = "The request's id, such as PR-2026-000042." };
        var show = new Command("show", "One request: its state, its whole history and its messages.") { id };
        show.SetAction((parsed, ct) => WithOperationsAsync(async operations =>
        {
            var requestId = parsed.GetRequiredValue(id);
            var shown = await operations.ShowAsync(requestId, ct);
            if (shown is null)
            {
                await Console.Error.WriteLineAsync($"There is no request {requestId}.");
                return 1;
            }

            await Console.Out.WriteAsync(shown);
            return 0;
        }));
        return show;
    }

    private static Command ActionCommand(WorkflowAction action)
    {
        var (description, argumentShapes) = Actions[action];
        var id = new Argument<string>("ID") { Description = "The request's id." };
        var actor = new Option<string>("--as") { Description = "Who acts, for the history (default: the login name).", HelpName = "NAME" };
        var command = new Command(action.Name(), description) { id };
        var arguments = argumentShapes.Select(Argument (a) => a.Arity.MaximumNumberOfValues == 1
            ? new Argument<string>(a.Name) { Arity = a.Arity, Description = a.Description }
            : new Argument<string[]>(a.Name) { Arity = a.Arity, Description = a.Description }).ToList();
        foreach (var argument in arguments)
        {
            CommandLine.RejectUnknownOptions(argument, "--", "");
            command.Add(argument);
        }

        command.Add(actor);
        command.SetAction((parsed, ct) => WithOperationsAsync(operations => ApplyAsync(
            operations,
            action,
            parsed.GetRequiredValue(id),
            [.. arguments.SelectMany(a => parsed.GetResult(a)?.Tokens.Select(t => t.Value) ?? [])],
            parsed.GetValue(actor) ?? Environment.UserName,
            ct)));
        return command;
    }

    /// <summary>The workflow's operations on the daemon's database, after the configuration was checked (exit 2 when not valid).</summary>
    private static Task<int> WithOperationsAsync(Func<WorkflowOperations, Task<int>> use) =>
        WithServicesAsync(services => use(services.GetRequiredService<WorkflowOperations>()));

    /// <summary>The daemon's services, after the configuration was checked (exit 2 when not valid).</summary>
    internal static async Task<int> WithServicesAsync(Func<IServiceProvider, Task<int>> use)
    {
        var builder = PortMailBotHost.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var typeProblems = ConfigurationTypeCheck.Problems(builder.Configuration, ConfiguredSections.All);
        builder.Services.AddDaemon(builder.Configuration);
        using var host = builder.Build();
        if (StartupCheck.Problems(host.Services, ConfiguredSections.All, typeProblems) is { Count: > 0 } problems)
        {
            return await StartupCheck.ReportAsync(problems);
        }

        return await use(host.Services);
    }

    private static async Task<int> ApplyAsync(WorkflowOperations operations, WorkflowAction action, string id, List<string> arguments, string actor, CancellationToken ct)
    {
        // The same parser as the mail commands, so both accept exactly the same arguments.
        var parsed = OperatorCommandParser.Parse("/" + action.Name() + (arguments.Count > 0 ? " " + string.Join(' ', arguments) : ""));
        if (parsed.Command is null)
        {
            await Console.Error.WriteLineAsync(parsed.Error + $"\n\nSee: PortMailBot requests {action.Name()} --help");
            return 2;
        }

        var (outcome, unsent) = await operations.ApplyAsync(id, parsed.Command, actor, ct);
        if (!outcome.Accepted)
        {
            await Console.Error.WriteLineAsync($"Refused: {outcome.Refusal}.");
            return 1;
        }

        await Console.Out.WriteLineAsync($"{id}: {action.Name()} recorded; the request is {outcome.Request!.State.Name()}.");
        if (unsent > 0)
        {
            await Console.Error.WriteLineAsync($"{unsent} replies could not be sent yet; the daemon will retry them.");
        }

        return 0;
    }
}
