using System.Collections.Concurrent;
using System.Diagnostics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr;
using PortMailBot.Ocr.Native;
using PortMailBot.Benchmarks.Samples;
using PortMailBot.Intake.Documents.Pdf;

namespace PortMailBot.Benchmarks;

/// <summary>In-process OCR against the <c>tesseract</c> program on the samples' scanned pages.</summary>
internal static class OcrBenchmark
{
    private const int DefaultMemoryPages = 500;

    public static int ListPages(HashSet<string> flags)
    {
        var defaults = new OcrOptions();
        var options = new OcrOptions
        {
            UpscaleBelowDpi = flags.Contains("--no-upscale") ? 0 : defaults.UpscaleBelowDpi,
            UpscaleBilevelBelowDpi = flags.Contains("--no-upscale") ? 0 : defaults.UpscaleBilevelBelowDpi,
            DetectOrientation = !flags.Contains("--no-orientation"),
            PoolSize = 1,
        };
        using var engine = new TesseractOcrEngine(options);
        var folder = Path.Combine(Path.GetTempPath(), "portmailbot-bench-" + Environment.ProcessId);
        var inputs = ScannedInput.Collect(folder);
        engine.WarmUp(CancellationToken.None);
        var expected = ExpectedTokens.Load(SampleAttachments.FindCasesFolder()!);
        var hits = 0;
        var total = Stopwatch.StartNew();
        double confidenceSum = 0;
        var wordCount = 0;
        foreach (var input in inputs)
        {
            var watch = Stopwatch.StartNew();
            var pages = Recognize(engine, input);
            var words = pages.SelectMany(p => p.Words).ToList();
            confidenceSum += words.Sum(w => w.Confidence);
            wordCount += words.Count;
            var mean = words.Count == 0 ? 0 : words.Average(w => w.Confidence);
            var tokens = expected.GetValueOrDefault(input.File.Case) ?? [];
            var found = ExpectedTokens.Hits(tokens, string.Join(' ', words.Select(w => w.Text)));
            hits += found;
            Console.WriteLine($"{input.Label,-52} pages={pages.Count} words={words.Count,4} conf={mean:0.000} hits={found}/{tokens.Count} {watch.ElapsedMilliseconds,6} ms  {string.Join(' ', words.Take(8).Select(w => w.Text))}");
        }

        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.00} s, words {wordCount}, mean confidence {(wordCount == 0 ? 0 : confidenceSum / wordCount):0.000}, expected tokens found {hits}");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    public static int Run(HashSet<string> flags)
    {
        var cores = Environment.ProcessorCount;
        var folder = Path.Combine(Path.GetTempPath(), "portmailbot-bench-" + Environment.ProcessId);
        try
        {
            var inputs = ScannedInput.Collect(folder);
            var pages = inputs.Sum(i => i.Pages);
            Console.WriteLine($"scanned inputs: {inputs.Count} files/pages, {pages} pages; {cores} cores");
            var options = new OcrOptions();
            if (flags.FirstOrDefault(f => f.StartsWith("--memory-headroom=", StringComparison.Ordinal)) is { } headroom)
            {
                options.MemoryHeadroomMegabytes = int.Parse(headroom["--memory-headroom=".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }

            if (flags.FirstOrDefault(f => f.StartsWith("--buffer-cache=", StringComparison.Ordinal)) is { } cache)
            {
                options.ImageBufferCacheMegabytes = int.Parse(cache["--buffer-cache=".Length..], System.Globalization.CultureInfo.InvariantCulture);
            }

            using var engine = new TesseractOcrEngine(options);

            // Warm every engine of the pool: model loading is a one-time cost, not throughput.
            Parallel.For(0, engine.PoolSize, new ParallelOptions { MaxDegreeOfParallelism = engine.PoolSize }, i => Recognize(engine, inputs[i % inputs.Count]));

            OcrStatistics.Reset();
            var (reusedBefore, allocatedBefore) = (PixBufferCache.Shared.Reused, PixBufferCache.Shared.Allocated);
            var faultsBefore = MinorFaults();
            var (inProcess, busy) = ReadAll(engine, inputs);
            var faults = MinorFaults() - faultsBefore;
            var (reused, allocated) = (PixBufferCache.Shared.Reused - reusedBefore, PixBufferCache.Shared.Allocated - allocatedBefore);
            var recognition = OcrStatistics.RecognitionTime;
            var floor = recognition / engine.PoolSize;
            var inProcessRate = pages / inProcess.TotalSeconds;
            Report("in-process, " + engine.PoolSize + " engines", pages, inProcess);
            Console.WriteLine($"  engine recognition alone: {recognition.TotalSeconds:0.00} s of engine time = {floor.TotalSeconds:0.00} s on {engine.PoolSize} engines ({pages / floor.TotalSeconds:0.00} pages/s floor); in-process is {inProcess / floor:0.00}x the floor");

            var idle = (inProcess * engine.PoolSize) - busy;
            Console.WriteLine($"  workers busy {busy.TotalSeconds:0.00} s of {(inProcess * engine.PoolSize).TotalSeconds:0.00} s (idle at the end of the run: {idle.TotalSeconds:0.00} s); outside the engine: {(busy - recognition).TotalSeconds:0.00} s");
            var steps = OcrStatistics.StepTimes;
            Console.WriteLine("  preparation, summed over engines: " + string.Join(", ", steps.OrderByDescending(s => s.Value).Select(s => $"{s.Key} {s.Value.TotalSeconds:0.00} s")));
            Console.WriteLine($"  page-sized image buffers: {reused} reused, {allocated} newly allocated (cache of {PixBufferCache.Shared.CapacityBytes / (1024 * 1024)} MB); {faults} page faults ({faults / pages} a page)");
            if (flags.Contains("--timing-only"))
            {
                return 0;
            }

            var memoryPages = flags.FirstOrDefault(f => f.StartsWith("--memory-pages=", StringComparison.Ordinal)) is { } m
                ? int.Parse(m["--memory-pages=".Length..], System.Globalization.CultureInfo.InvariantCulture)
                : DefaultMemoryPages;
            if (flags.Contains("--memory-only"))
            {
                MeasureMemory(engine, inputs, memoryPages);
                return 0;
            }

            // OpenMP off, as a script on a busy server should run it: with OpenMP on, each program spins
            // threads on every core and the parallel runs oversubscribe the machine (2-4x slower), which
            // would flatter the in-process engine. --cli-openmp measures that case.
            var openMp = flags.Contains("--cli-openmp");
            var sequential = RunCli(inputs, parallel: 1, openMp);
            Report("tesseract program, one per page", pages, sequential);
            var parallel = RunCli(inputs, parallel: cores, openMp);
            Report($"tesseract program, {cores} in parallel", pages, parallel);
            Console.WriteLine($"ratios (OpenMP {(openMp ? "on" : "off")}): in-process / one-per-page = {sequential / inProcess:0.00}x; in-process / {cores}-in-parallel = {parallel / inProcess:0.00}x");

            if (memoryPages > 0)
            {
                MeasureMemory(engine, inputs, memoryPages);
            }
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

    /// <summary>Every input once, each worker taking the next input as it frees, as the daemon's
    /// attachments arrive; returns the elapsed time and the time workers spent reading.</summary>
    private static (TimeSpan Elapsed, TimeSpan Busy) ReadAll(TesseractOcrEngine engine, List<ScannedInput> inputs)
    {
        // Largest first, as IntakePipeline schedules a message's attachments.
        var queue = new ConcurrentQueue<ScannedInput>(inputs.OrderByDescending(i => new FileInfo(i.ImagePath).Length));
        long busyTicks = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, engine.PoolSize).Select(_ => new Thread(() =>
        {
            while (queue.TryDequeue(out var input))
            {
                var started = Stopwatch.GetTimestamp();
                Recognize(engine, input);
                Interlocked.Add(ref busyTicks, Stopwatch.GetElapsedTime(started).Ticks);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        return (watch.Elapsed, TimeSpan.FromTicks(busyTicks));
    }

    private static IReadOnlyList<DocumentPage> Recognize(TesseractOcrEngine engine, ScannedInput input)
    {
        if (input.PdfPageNumber is not { } number)
        {
            return engine.RecognizeImage(input.File.Bytes, CancellationToken.None);
        }

        using var pdf = ScannedPdf.Open(input.File.Bytes);
        return [engine.RecognizePdfPage(pdf.Page(number), CancellationToken.None)];
    }

    private static TimeSpan RunCli(List<ScannedInput> inputs, int parallel, bool openMp)
    {
        var queue = new ConcurrentQueue<ScannedInput>(inputs);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, parallel).Select(_ => Task.Run(() =>
        {
            while (queue.TryDequeue(out var input))
            {
                var start = new ProcessStartInfo("tesseract")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (var argument in new[] { input.ImagePath, "stdout", "-l", "eng+fra" })
                {
                    start.ArgumentList.Add(argument);
                }

                start.Environment.Remove("OMP_THREAD_LIMIT");
                if (!openMp)
                {
                    start.Environment["OMP_THREAD_LIMIT"] = "1";
                }

                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var errors = process.StandardError.ReadToEndAsync();
                process.WaitForExit();
                Task.WaitAll(output, errors);
            }
        })).ToArray();
        Task.WaitAll(workers);
        return watch.Elapsed;
    }

    private static void MeasureMemory(TesseractOcrEngine engine, List<ScannedInput> inputs, int memoryPages)
    {
        var done = 0;
        var samples = new List<(int Pages, long Rss)>();
        var next = 0;
        var gate = new object();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, engine.PoolSize, new ParallelOptions { MaxDegreeOfParallelism = engine.PoolSize }, _ =>
        {
            while (true)
            {
                ScannedInput input;
                lock (gate)
                {
                    if (done >= memoryPages)
                    {
                        return;
                    }

                    input = inputs[next++ % inputs.Count];
                    done += input.Pages;
                }

                Recognize(engine, input);
                lock (gate)
                {
                    if (samples.Count == 0 || done - samples[^1].Pages >= 50)
                    {
                        samples.Add((done, ResidentBytes()));
                        Console.WriteLine($"  {done,4} pages  RSS {samples[^1].Rss / (1024 * 1024)} MB, managed heap committed {GC.GetGCMemoryInfo().TotalCommittedBytes / (1024 * 1024)} MB, free image buffers kept {PixBufferCache.Shared.FreeBytes / (1024 * 1024)} MB  ({watch.Elapsed.TotalSeconds:0} s)");
                    }
                }
            }
        });
        Console.WriteLine($"memory over {done} pages ({watch.Elapsed.TotalSeconds:0} s): RSS " + string.Join(", ", samples.Select(s => $"{s.Pages}:{s.Rss / (1024 * 1024)}MB")));
        var steady = samples.Skip(samples.Count / 2).Select(s => s.Rss).ToList();
        Console.WriteLine($"  highest RSS of the whole process (VmHWM, warm-up and timing runs included): {Status("VmHWM:") / (1024 * 1024)} MB");
        Console.WriteLine($"  first half max {samples.Take(samples.Count / 2).Max(s => s.Rss) / (1024 * 1024)} MB, second half max {steady.Max() / (1024 * 1024)} MB, peak {samples.Max(s => s.Rss) / (1024 * 1024)} MB");
    }

    private static long ResidentBytes() => Status("VmRSS:");

    /// <summary>Minor page faults of the process so far (/proc/self/stat, field 10): each first touch of
    /// memory the system handed out, which costs about 12 microseconds on these virtual machines.</summary>
    private static long MinorFaults()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long Status(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Environment.WorkingSet;
    }

    private static void Report(string what, int pages, TimeSpan elapsed) =>
        Console.WriteLine($"{what,-40} {pages,4} pages in {elapsed.TotalSeconds,7:0.00} s = {pages / elapsed.TotalSeconds,5:0.00} pages/s");
}
