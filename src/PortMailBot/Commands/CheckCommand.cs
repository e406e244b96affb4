using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Configuration;
using PortMailBot.Containment;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Commands;

/// <summary><c>check PATH... [--as-of YYYY-MM-DD] [--explain] [--thread]</c>: the check contract; with
/// <c>--thread</c>, each PATH is a folder holding one thread and gets one verdict, the daemon's after its last message.</summary>
internal static class CheckCommand
{
    public static RootCommand AddCheck(this RootCommand root)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Saved messages: .eml files, or folders whose .eml files are read in file-name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        CommandLine.RejectUnknownOptions(paths, "-", " (a file whose name starts with '-' is written ./NAME)");
        var asOf = new Option<DateOnly?>("--as-of")
        {
            Description = "The day to decide as of (a bill's age, dates in the documents); default: today where the porting team works.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDay,
        };
        var explain = new Option<bool>("--explain") { Description = "Also write what was read from each message and document to stderr." };
        var thread = new Option<bool>("--thread")
        {
            Description = "Each PATH is a folder holding the messages of one thread (ordered by Date, then file name): one verdict per folder, the one the daemon gives after the thread's last message.",
        };
        var check = new Command("check", "Decide on saved messages: one JSON line per message on stdout; exit 1 when a path could not be read.")
        {
            paths,
            asOf,
            explain,
            thread,
        };
        check.SetAction((parsed, _) => RunAsync([.. parsed.GetValue(paths) ?? []], parsed.GetValue(asOf), parsed.GetValue(explain), parsed.GetValue(thread)));
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

    private static async Task<int> RunAsync(List<string> paths, DateOnly? asOf, bool explain, bool threads)
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
        var files = threads ? FoldersOnly(paths, ref exitCode) : ExpandPaths(paths, ref exitCode);
        var mailReader = host.Services.GetRequiredService<PortMailBot.Intake.Mail.MailReader>();
        if (files.Count > 0 && host.Services.GetRequiredService<IDocumentSetReader>() is ContainedDocumentSetReader contained)
        {
            // The document worker starts and loads its models while the first messages are parsed.
            contained.Prestart();
        }

        // Several messages are read at once, one more than the cores, and their verdicts written in the
        // order of the files: read one after the other, a message with a single scanned page would leave
        // every other core idle while it is read. A message starts as soon as any other is done, not only
        // the oldest: waiting for the oldest (a long scan) left the engines idle once the others were read.
        // The verdicts that wait for an older one are small; the OCR pool bounds the pages in memory.
        var inFlight = Environment.ProcessorCount + 1;
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, inFlight * 2), completion);
        using var running = new SemaphoreSlim(inFlight, inFlight);
        var pending = new Queue<Task<Checked>>();
        await using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var file in files)
        {
            await running.WaitAsync();
            while (pending.Count > 0 && pending.Peek().IsCompleted)
            {
                exitCode = Math.Max(exitCode, await WriteAsync(await pending.Dequeue(), stdout));
            }

            pending.Enqueue(Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        return threads ? CheckThread(pipeline, mailReader, logger, file, day, explain) : CheckOne(pipeline, logger, file, day, explain);
                    }
                    finally
                    {
                        running.Release();
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default));
        }

        while (pending.Count > 0)
        {
            exitCode = Math.Max(exitCode, await WriteAsync(await pending.Dequeue(), stdout));
        }

        return exitCode;
    }

    private static Checked CheckOne(IntakePipeline pipeline, ILogger logger, string file, DateOnly day, bool explain)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var result = pipeline.Check(stream, file, day);
            return new Checked(VerdictJson.ToLine(result.Verdict), explain ? IntakeExplanation.Describe(result) : null);
        }
        catch (IOException ex)
        {
            logger.LogError("Cannot read {File}: {Error}", file, ex.Message);
            return new Checked(null, null);
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogError("Cannot read {File}: {Error}", file, ex.Message);
            return new Checked(null, null);
        }
    }

    private static Checked CheckThread(IntakePipeline pipeline, PortMailBot.Intake.Mail.MailReader reader, ILogger logger, string folder, DateOnly day, bool explain)
    {
        try
        {
            var thread = ThreadFolder.Read(folder, reader, CancellationToken.None);
            if (thread.Count == 0)
            {
                logger.LogError("No .eml file in the thread folder {Folder}", folder);
                return new Checked(null, null);
            }

            var result = pipeline.CheckThread(thread, folder, day);
            return new Checked(VerdictJson.ToLine(result.Verdict), explain ? IntakeExplanation.Describe(result) : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError("Cannot read {Folder}: {Error}", folder, ex.Message);
            return new Checked(null, null);
        }
    }

    private static List<string> FoldersOnly(List<string> paths, ref int exitCode)
    {
        var folders = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                folders.Add(path);
            }
            else
            {
                Console.Error.WriteLine($"--thread needs folders, one per thread; no such folder: {path}");
                exitCode = 1;
            }
        }

        return folders;
    }

    /// <summary>Writes one message's verdict line (and explanation); 1 when the file could not be read.</summary>
    private static async Task<int> WriteAsync(Checked result, StreamWriter stdout)
    {
        if (result.Line is null)
        {
            return 1;
        }

        if (result.Explanation is not null)
        {
            await Console.Error.WriteLineAsync(result.Explanation);
        }

        await stdout.WriteLineAsync(result.Line);
        await stdout.FlushAsync();
        return 0;
    }

    /// <summary>A message's verdict line and explanation; no line when the file could not be read.</summary>
    private sealed record Checked(string? Line, string? Explanation);

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
