using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PortMailBot.Benchmarks.Samples;
using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Check;

/// <summary><c>check</c> end to end (the whole process: start-up, mail parsing, every attachment, the
/// verdicts) over the sample cases that have scanned pages, against a shell script that gives the same
/// page images to the <c>tesseract</c> program, OpenMP off, as many at a time as there are cores.
/// The two alternate in one run; medians are reported, with each side's CPU time (user + system), which
/// other agents' load inflates far less than the wall-clock time. <c>--executable=PATH</c> measures another
/// build of <c>check</c>, e.g. the ReadyToRun one the container ships (<c>dotnet publish -r linux-x64
/// -p:PublishReadyToRun=true</c>).</summary>
internal static class CheckBenchmark
{
    private const string AsOf = "2026-11-28";

    public static int Run(List<string> args)
    {
        var repetitions = args.FirstOrDefault(a => a.StartsWith("--reps=", StringComparison.Ordinal)) is { } r
            ? int.Parse(r["--reps=".Length..], CultureInfo.InvariantCulture)
            : 5;
        var cases = SampleAttachments.FindCasesFolder();
        if (cases is null)
        {
            Console.Error.WriteLine("../shared/samples/cases not found: nothing to measure.");
            return 2;
        }

        var executable = args.FirstOrDefault(a => a.StartsWith("--executable=", StringComparison.Ordinal)) is { } e
            ? Path.GetFullPath(e["--executable=".Length..])
            : Path.ChangeExtension(RepoPaths.ExecutableDll, null);
        if (!File.Exists(executable))
        {
            Console.Error.WriteLine($"{executable} not built: dotnet build -c Release first.");
            return 2;
        }

        var cores = Environment.ProcessorCount;
        var folder = Path.Combine(Path.GetTempPath(), "portmailbot-check-bench-" + Environment.ProcessId);
        try
        {
            // Which documents check reads by OCR, from its own verdicts (this first run also warms the disk cache).
            var (firstRun, _, _, lines) = RunCheck(executable, [cases]);
            var scanned = lines.Select(ScannedDocuments).Where(d => d.Count > 0).ToList();
            var caseFolder = Path.Combine(folder, "cases");
            Directory.CreateDirectory(caseFolder);
            foreach (var documents in scanned)
            {
                File.Copy(Path.Combine(cases, documents[0].Case + ".eml"), Path.Combine(caseFolder, documents[0].Case + ".eml"));
            }

            var extracting = Stopwatch.StartNew();
            var pages = ScriptPages.Write(scanned.SelectMany(d => d), Path.Combine(folder, "pages"));
            extracting.Stop();
            var listFile = Path.Combine(folder, "pages.txt");
            File.WriteAllLines(listFile, pages);
            if (args.FirstOrDefault(a => a.StartsWith("--keep-pages=", StringComparison.Ordinal)) is { } keep)
            {
                // The script's pages and the cases, kept for measuring one page at a time.
                CopyFolder(folder, Path.GetFullPath(keep["--keep-pages=".Length..]));
            }

            var script = $"OMP_THREAD_LIMIT=1 xargs -d '\\n' -P {cores} -I{{}} tesseract {{}} - -l eng+fra < '{listFile}' > /dev/null 2>&1";
            Console.WriteLine($"all {lines.Count} cases: {firstRun.TotalSeconds:0.00} s; {scanned.Count} cases with scanned pages, {pages.Count} page images for the script (written in {extracting.Elapsed.TotalSeconds:0.00} s, not counted)");
            Console.WriteLine($"script: {script}");
            Console.WriteLine($"check:  {executable} check <those {scanned.Count} cases> --as-of {AsOf}");

            if (repetitions < 1)
            {
                return 0;
            }

            var checkTimes = new List<double>();
            var scriptTimes = new List<double>();
            var checkCpu = new List<double>();
            var scriptCpu = new List<double>();
            var peaks = new List<long>();
            var proportionalPeaks = new List<long>();
            for (var rep = 1; rep <= repetitions; rep++)
            {
                // Alternate which goes first, so that neither always runs in the other's wake.
                double scriptSeconds = 0, checkSeconds = 0, scriptCpuSeconds = 0, checkCpuSeconds = 0;
                long peak = 0, proportionalPeak = 0;
                foreach (var first in rep % 2 == 1 ? new[] { true, false } : [false, true])
                {
                    var cpuBefore = ChildCpuTime.Total;
                    if (first)
                    {
                        scriptSeconds = RunScript(script).TotalSeconds;
                        scriptCpuSeconds = (ChildCpuTime.Total - cpuBefore).TotalSeconds;
                    }
                    else
                    {
                        var (elapsed, hwm, pss, _) = RunCheck(executable, [caseFolder]);
                        (checkSeconds, peak, proportionalPeak) = (elapsed.TotalSeconds, hwm, pss);
                        checkCpuSeconds = (ChildCpuTime.Total - cpuBefore).TotalSeconds;
                    }
                }

                scriptTimes.Add(scriptSeconds);
                checkTimes.Add(checkSeconds);
                scriptCpu.Add(scriptCpuSeconds);
                checkCpu.Add(checkCpuSeconds);
                peaks.Add(peak);
                proportionalPeaks.Add(proportionalPeak);
                Console.WriteLine($"rep {rep}: script {scriptSeconds:0.00} s (CPU {scriptCpuSeconds:0.00} s), check {checkSeconds:0.00} s (CPU {checkCpuSeconds:0.00} s, peak RSS with its workers {peak / (1024 * 1024)} MB, PSS {proportionalPeak / (1024 * 1024)} MB), ratio {scriptSeconds / checkSeconds:0.00}x (CPU {scriptCpuSeconds / checkCpuSeconds:0.00}x), load {LoadAverage()}");
            }

            var (checkMedian, scriptMedian) = (Median(checkTimes), Median(scriptTimes));
            Console.WriteLine($"median: script {scriptMedian:0.00} s, check {checkMedian:0.00} s, check is {scriptMedian / checkMedian:0.00}x faster (median of the ratios {Median(scriptTimes.Zip(checkTimes, (s, c) => s / c).ToList()):0.00}x); peak RSS with its workers {peaks.Max() / (1024 * 1024)} MB (PSS {proportionalPeaks.Max() / (1024 * 1024)} MB)");
            Console.WriteLine($"median CPU (user + system): script {Median(scriptCpu):0.00} s, check {Median(checkCpu):0.00} s, ratio {Median(scriptCpu) / Median(checkCpu):0.00}x");
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The documents of one verdict line that check read by OCR, as (case, file name).</summary>
    private static List<(string Case, string FileName)> ScannedDocuments(string line)
    {
        using var json = JsonDocument.Parse(line);
        var caseNumber = Path.GetFileNameWithoutExtension(json.RootElement.GetProperty("file").GetString()!);
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.TryGetProperty("ocr", out var ocr) && ocr.ValueKind == JsonValueKind.True)
            .Select(d => (caseNumber, d.GetProperty("filename").GetString()!))
            .ToList();
    }

    private static TimeSpan RunScript(string script)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return watch.Elapsed;
    }

    /// <summary>Runs check; returns its time, the peak resident set of check and its document workers together
    /// (their VmRSS summed, sampled every 20 ms until it exits), the peak of their proportional sets (PSS: a
    /// page the processes share, such as the runtime's libraries, counted once in all) and its output lines.</summary>
    private static (TimeSpan Elapsed, long PeakBytes, long PeakProportionalBytes, List<string> Lines) RunCheck(string executable, string[] paths)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("check");
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path);
        }

        start.ArgumentList.Add("--as-of");
        start.ArgumentList.Add(AsOf);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0, proportional = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, TreeResident(process.Id));
            proportional = Math.Max(proportional, TreeProportional(process.Id));
        }

        var elapsed = watch.Elapsed;
        Task.WaitAll(output, errors);
        return (elapsed, peak, proportional, output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());
    }

    /// <summary>The resident set of a process and of every process below it (check's document workers).</summary>
    private static long TreeResident(int pid)
    {
        var total = StatusKilobytes(pid, "VmRSS:") * 1024;
        foreach (var child in Children(pid))
        {
            total += TreeResident(child);
        }

        return total;
    }

    /// <summary>The proportional set size of a process and of every process below it.</summary>
    private static long TreeProportional(int pid)
    {
        long total;
        try
        {
            var line = File.ReadLines($"/proc/{pid}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            total = line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            total = 0;
        }

        foreach (var child in Children(pid))
        {
            total += TreeProportional(child);
        }

        return total;
    }

    private static IEnumerable<int> Children(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/task/{pid}/children")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(child => int.Parse(child, CultureInfo.InvariantCulture))
                .ToList();
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static long StatusKilobytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
