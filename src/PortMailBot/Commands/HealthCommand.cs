using System.Globalization;
using Microsoft.Extensions.Configuration;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Commands;

/// <summary><c>health [--max-age HH:MM:SS]</c>: exit 0 when the daemon polled successfully recently, else 1.
/// Meant for an orchestrator's probe (the container's HEALTHCHECK).</summary>
public static class HealthCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = PortMailBotHost.CreateBuilder([]);
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var poll = builder.Configuration.GetSection(PollOptions.SectionName).Get<PollOptions>() ?? new PollOptions();
        PollSchedule.TryParse(poll.Schedule, out var schedule);
        var maxAge = schedule.Interval is { } interval ? TimeSpan.FromTicks(Math.Max(interval.Ticks * 3, TimeSpan.FromMinutes(5).Ticks)) : TimeSpan.FromDays(1);
        var index = Array.IndexOf(args, "--max-age");
        if (index >= 0 && (index + 1 >= args.Length || !TimeSpan.TryParse(args[index + 1], CultureInfo.InvariantCulture, out maxAge)))
        {
            await Console.Error.WriteLineAsync("--max-age needs a duration such as 00:05:00.");
            return 2;
        }

        var (healthy, detail) = HealthSignal.Probe(storage.HealthFile, maxAge, TimeProvider.System.GetUtcNow());
        await (healthy ? Console.Out : Console.Error).WriteLineAsync((healthy ? "healthy: " : "unhealthy: ") + detail);
        return healthy ? 0 : 1;
    }
}
