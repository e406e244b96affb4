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
            + "replies of requests completed, cancelled or left in needs-info too long, unanswered mail (spam, rate-limited) and "
            + "failed or quarantined mail of no request, with their copies in the mailbox (IMAP Processed folder or processed/). "
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

    /// <summary>One line per message (row, request, direction, date, why), per mailbox copy, per message without a
    /// copy (and why) and per reply file, then a total.</summary>
    public static string Format(PurgeReport report, bool dryRun)
    {
        var text = new System.Text.StringBuilder();
        foreach (var m in report.Messages)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"message {m.MessageRow,-8} {m.RequestId ?? "-",-16} {m.Direction,-4} {m.At:yyyy-MM-dd}  {m.Reason}");
        }

        foreach (var copy in report.Copies.Found)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"copy    {copy}");
        }

        foreach (var missing in report.Copies.NotFound)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"no copy {missing.MessageRow,-8} {missing.Why}");
        }

        foreach (var file in report.Files)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"file    {file}");
        }

        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"{(dryRun ? "Would purge" : "Purged")} {report.Messages.Count} messages of {report.Requests} requests, "
            + $"{(dryRun ? "would erase" : "erased")} {report.Copies.Found.Count} mailbox copies ({report.Copies.NotFound.Count} messages without a copy found) "
            + $"and {(dryRun ? "would delete" : "deleted")} {report.Files.Count} reply files.");
        return text.ToString();
    }
}
