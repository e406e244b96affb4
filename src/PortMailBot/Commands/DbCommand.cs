using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Commands;

/// <summary><c>db copy --to "CONNECTION STRING"</c>: moves the configured SQLite store into an empty PostgreSQL
/// database, so that a desk that outgrows one process keeps its history. Exit 0 when copied and checked,
/// 2 when refused before anything was written (the database is not empty, the store is not SQLite, a
/// malformed connection string), 1 when the copy or its check failed (nothing committed, or a difference
/// reported).</summary>
internal static class DbCommand
{
    public static RootCommand AddDb(this RootCommand root)
    {
        var to = new Option<string>("--to")
        {
            Description = "The PostgreSQL database, in Npgsql's form: \"Host=...;Database=...;Username=...;Password=...\". It must exist and be empty; it is migrated first.",
            Required = true,
        };
        var copy = new Command(
            "copy",
            "Copy the SQLite store (Storage:ConnectionString) into an empty PostgreSQL database: every table, in one transaction, "
            + "ids kept, then checked by row counts and a sample of rows. Then run the daemon with Storage:Provider=PostgreSQL.")
        {
            to,
        };
        copy.SetAction((parsed, ct) => CopyAsync(parsed.GetRequiredValue(to), ct));
        root.Add(new Command("db", "The daemon's database.") { copy });
        return root;
    }

    private static async Task<int> CopyAsync(string target, CancellationToken cancellationToken)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(target);
            if (string.IsNullOrWhiteSpace(builder.Host) || string.IsNullOrWhiteSpace(builder.Database))
            {
                await Console.Error.WriteLineAsync("--to must name Host and Database (Npgsql's form).");
                return CommandLine.UsageError;
            }
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync("--to is not a PostgreSQL connection string: " + ex.Message);
            return CommandLine.UsageError;
        }

        return await RequestsCommand.WithServicesAsync(async services =>
        {
            try
            {
                var copied = await services.GetRequiredService<StoreCopy>().CopyToAsync(target, cancellationToken);
                await Console.Out.WriteAsync(Format(copied));
                return 0;
            }
            catch (StoreCopyRefusedException ex)
            {
                await Console.Error.WriteLineAsync("Refused: " + ex.Message);
                return CommandLine.UsageError;
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                await Console.Error.WriteLineAsync("The copy failed: " + ex.Message);
                return 1;
            }
        });
    }

    /// <summary>One line per table (rows copied and checked), then the total.</summary>
    public static string Format(IReadOnlyList<TableCopied> copied)
    {
        var text = new System.Text.StringBuilder();
        foreach (var table in copied)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{table.Table,-22} {table.Rows,10} rows  checked");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Copied {copied.Sum(t => t.Rows)} rows in {copied.Count} tables; counts and sampled rows match.");
        return text.ToString();
    }
}
