using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Configuration;
using PortMailBot.Intake;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Commands;

/// <summary><c>check PATH... [--as-of YYYY-MM-DD] [--explain]</c>: the check contract.</summary>
public static class CheckCommand
{
    public static RootCommand AddCheck(this RootCommand root)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Saved messages: .eml files, or folders whose .eml files are read in file-name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "The day to decide as of (a bill's age, dates in the documents); default: today where the porting team works.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDay,
        };
        var explain = new Option<bool>("--explain") { Description = "Also write what was read from each message and document to stderr." };
        var check = new Command("check", "Decide on saved messages: one JSON line per message on stdout (the check contract); exit 1 when a path could not be read.")
        {
            paths,
            asOf,
            explain,
        };
        check.SetAction((parsed, _) => RunAsync([.. parsed.GetValue(paths) ?? []], parsed.GetValue(asOf), parsed.GetValue(explain)));
        root.Add(check);
        return root;
    }

    private static DateOnly? ParseDay(ArgumentResult result)
    {
        if (result.Tokens is [var token] && DateOnly.TryParseExact(token.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        result.AddError("--as-of needs a day written YYYY-MM-DD.");
        return null;
    }

    private static async Task<int> RunAsync(List<string> paths, DateOnly? asOf, bool explain)
    {
        var builder = PortMailBotHost.CreateBuilder();
        var typeProblems = ConfigurationTypeCheck.Problems(builder.Configuration, ConfiguredSections.Engine);
        using var host = builder.Build();
        if (StartupCheck.Problems(host.Services, ConfiguredSections.Engine, typeProblems) is { Count: > 0 } problems)
        {
            return await StartupCheck.ReportAsync(problems);
        }

        var pipeline = host.Services.GetRequiredService<IntakePipeline>();
        var logger = host.Services.GetRequiredService<ILogger<IntakePipeline>>();
        var day = asOf ?? pipeline.Today(TimeProvider.System);
        var exitCode = 0;
        await using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var file in ExpandPaths(paths, ref exitCode))
        {
            string line;
            try
            {
                await using var stream = File.OpenRead(file);
                var result = pipeline.Check(stream, file, day);
                line = VerdictJson.ToLine(result.Verdict);
                if (explain)
                {
                    await Console.Error.WriteLineAsync(IntakeExplanation.Describe(result));
                }
            }
            catch (IOException ex)
            {
                logger.LogError("Cannot read {File}: {Error}", file, ex.Message);
                exitCode = 1;
                continue;
            }
            catch (UnauthorizedAccessException ex)
            {
                logger.LogError("Cannot read {File}: {Error}", file, ex.Message);
                exitCode = 1;
                continue;
            }

            await stdout.WriteLineAsync(line);
            await stdout.FlushAsync();
        }

        return exitCode;
    }

    private static List<string> ExpandPaths(List<string> paths, ref int exitCode)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.eml", SearchOption.TopDirectoryOnly)
                    .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"No such file or folder: {path}");
                exitCode = 1;
            }
        }

        return files;
    }
}
