using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Intake;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Commands;

/// <summary><c>check PATH... [--as-of YYYY-MM-DD]</c>: the check contract.</summary>
public static class CheckCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var paths = new List<string>();
        DateOnly? asOf = null;
        var explain = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--as-of")
            {
                if (i + 1 >= args.Length || !DateOnly.TryParseExact(args[i + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync("--as-of needs a day written YYYY-MM-DD.");
                    return 2;
                }

                asOf = parsed;
                i++;
            }
            else if (args[i] == "--explain")
            {
                explain = true;
            }
            else
            {
                paths.Add(args[i]);
            }
        }

        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync("check needs at least one .eml file or folder.\n\n" + CommandLine.Usage);
            return 2;
        }

        using var host = PortMailBotHost.CreateBuilder([]).Build();
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
