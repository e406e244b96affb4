using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using PortMailBot.Configuration;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Commands;

/// <summary><c>health [--max-age HH:MM:SS]</c>: exit 0 when the daemon polled successfully recently, else 1.
/// Meant for an orchestrator's probe (the container's HEALTHCHECK).</summary>
internal static class HealthCommand
{
    public static RootCommand AddHealth(this RootCommand root)
    {
        var maxAge = new Option<TimeSpan?>("--max-age")
        {
            Description = "How old the last successful poll may be (default: three poll intervals, at least 5 minutes).",
            HelpName = "HH:MM:SS",
            CustomParser = ParseDuration,
        };
        var health = new Command("health", "Exit 0 when the daemon polled successfully recently, else 1 (for a container's health check).") { maxAge };
        health.SetAction((parsed, _) => RunAsync(parsed.GetValue(maxAge)));
        root.Add(health);
        return root;
    }

    private static async Task<int> RunAsync(TimeSpan? requestedMaxAge)
    {
        var builder = PortMailBotHost.CreateBuilder();
        if (ConfigurationTypeCheck.Problems(builder.Configuration, [ConfiguredSections.Storage, ConfiguredSections.Poll]) is { Count: > 0 } problems)
        {
            return await StartupCheck.ReportAsync(problems);
        }

        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var poll = builder.Configuration.GetSection(PollOptions.SectionName).Get<PollOptions>() ?? new PollOptions();
        string[] invalid =
        [
            .. new StorageOptionsValidator().Validate(null, storage).Failures ?? [],
            .. new PollOptionsValidator().Validate(null, poll).Failures ?? [],
        ];
        if (invalid.Length > 0)
        {
            return await StartupCheck.ReportAsync(invalid);
        }

        var schedule = PollSchedule.Parse(poll.Schedule);
        var maxAge = requestedMaxAge
            ?? (schedule.Interval is { } interval ? TimeSpan.FromTicks(Math.Max(interval.Ticks * 3, TimeSpan.FromMinutes(5).Ticks)) : TimeSpan.FromDays(1));
        var (healthy, detail) = HealthSignal.Probe(storage.HealthFile, maxAge, TimeProvider.System.GetUtcNow());
        await (healthy ? Console.Out : Console.Error).WriteLineAsync((healthy ? "healthy: " : "unhealthy: ") + detail);
        return healthy ? 0 : 1;
    }

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        if (result.Tokens is [var token] && TimeSpan.TryParse(token.Value, CultureInfo.InvariantCulture, out var duration))
        {
            return duration;
        }

        result.AddError("--max-age needs a duration such as 00:05:00.");
        return null;
    }
}
