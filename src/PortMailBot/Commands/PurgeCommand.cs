using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PortMailBot.Daemon.Scheduling;

namespace PortMailBot.Commands;

/// <summary><c>requests purge [--dry-run]</c>: the retention purge the daemon runs daily, on demand.</summary>
internal static class PurgeCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list what would be purged; change nothing." };
        var purge = new Command(
            "purge",
            "Purge personal data past its retention period (section Retention): the whole messages, documents' fields and "
            + "replies of requests completed, cancelled or left in needs-info too long, and unanswered mail (spam, rate-limited). "
            + "Requests' states, transitions and verdicts stay.")
        {
            dryRun,
        };
        purge.SetAction((parsed, ct) => RequestsCommand.WithServicesAsync(async services =>
        {
            var dry = parsed.GetValue(dryRun);
            var report = await services.GetRequiredService<RetentionPurger>().PurgeAsync(dry, ct);
            await Console.Out.WriteAsync(Format(report, dry));
            return 0;
        }));
        return purge;
    }

    /// <summary>One line per message (row, request, direction, date, why), then the files, then a total.</summary>
    public static string Format(PurgeReport report, bool dryRun)
    {
        var text = new System.Text.StringBuilder();
        foreach (var m in report.Messages)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"message {m.MessageRow,-8} {m.RequestId ?? "-",-16} {m.Direction,-4} {m.At:yyyy-MM-dd}  {m.Reason}");
        }

        foreach (var file in report.Files)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"file    {file}");
        }

        var requests = report.Messages.Select(m => m.RequestId).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        text.AppendLine(CultureInfo.InvariantCulture, $"{(dryRun ? "Would purge" : "Purged")} {report.Messages.Count} messages of {requests} requests and {report.Files.Count} files.");
        return text.ToString();
    }
}
