using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Commands;

/// <summary><c>run [--once]</c>: the daemon. With <c>--once</c>: poll once, process everything waiting,
/// send every reply due, exit 0 (1 when nothing was lost but something needs attention: the inbox
/// could not be read, a reply could not be sent yet, a message could not be checked).</summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var once = args.Contains("--once");
        var hostArgs = args.Where(a => a != "--once").ToArray();
        var builder = PortMailBotHost.CreateBuilder(hostArgs);
        builder.Services.AddDaemon(builder.Configuration);
        if (!once)
        {
            builder.Services.AddDaemonSchedule(builder.Configuration);
            builder.Services.AddWorkflowSchedule(builder.Configuration);
        }

        using var host = builder.Build();
        var failures = ConfigurationFailures(host.Services);
        if (failures.Count > 0)
        {
            await Console.Error.WriteLineAsync("PortMailBot cannot start: the configuration is not valid.");
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure);
            }

            await Console.Error.WriteLineAsync("Settings come from appsettings.json and PORTMAILBOT__Section__Key environment variables.");
            return 2;
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
        return result.NeedsAttention ? 1 : 0;
    }

    /// <summary>Every configuration problem of every section, so one start names them all.</summary>
    private static List<string> ConfigurationFailures(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return [.. ex.Failures];
        }
        catch (AggregateException ex)
        {
            return [.. ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures)];
        }
    }
}
