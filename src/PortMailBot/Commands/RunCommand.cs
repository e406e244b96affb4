using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortMailBot.Configuration;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Web.Hosting;

namespace PortMailBot.Commands;

/// <summary><c>run [--once]</c>: the daemon. With <c>--once</c>: poll once, process everything waiting,
/// send every reply due, exit 0 (1 when nothing was lost but something needs attention: the inbox
/// could not be read, a reply could not be sent yet, a message could not be checked).</summary>
internal static class RunCommand
{
    public static RootCommand AddRun(this RootCommand root)
    {
        var once = new Option<bool>("--once")
        {
            Description = "Poll once, process everything waiting, send every reply due, then exit: 0, or 1 when something needs attention.",
        };
        var run = new Command("run", "Run the daemon (the default with no argument at all): poll the inbox, answer, drive the workflow, repeat.") { once };
        run.SetAction((parsed, _) => RunAsync(parsed.GetValue(once)));
        root.Add(run);
        return root;
    }

    private static async Task<int> RunAsync(bool once)
    {
        var builder = PortMailBotHost.CreateBuilder();
        var typeProblems = ConfigurationTypeCheck.Problems(builder.Configuration, ConfiguredSections.All);
        builder.Services.AddDaemon(builder.Configuration);
        builder.Services.AddDaemonTelemetry(builder.Configuration);
        if (!once)
        {
            builder.Services.AddDaemonSchedule();
            builder.Services.AddDeskSchedule(builder.Configuration);
            builder.Services.AddWebConsole(builder.Configuration);
        }

        using var host = builder.Build();
        if (StartupCheck.Problems(host.Services, ConfiguredSections.All, typeProblems) is { Count: > 0 } problems)
        {
            return await StartupCheck.ReportAsync(problems);
        }

        await host.Services.GetRequiredService<DaemonStore>().MigrateAsync(CancellationToken.None);
        if (!once)
        {
            await host.RunAsync();
            return 0;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // The workflow's timers first, so what they send goes out in this round's dispatch.
        await host.Services.GetRequiredService<WorkflowTimers>().RunAsync(stop.Token);
        var result = await host.Services.GetRequiredService<DaemonCycle>().RunAsync(ignoreBackoff: true, stop.Token);
        if (result.Undeliverable > 0)
        {
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Undeliverable} replies refused for good by the mail server (5xx): set aside as undeliverable, the operators told"));
        }

        return result.NeedsAttention ? 1 : 0;
    }
}
