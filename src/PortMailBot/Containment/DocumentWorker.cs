using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Containment;

/// <summary>One worker process, seen from the daemon: sends it requests and routes the documents it answers
/// to them, while each request watches its own clock and the worker's resident memory, killing the worker
/// (with any child it started) at the request's deadline or past the ceiling. Several messages' requests
/// are read in it at once (<see cref="Private"/>: one message's only, to tell which document is to blame).</summary>
internal sealed class DocumentWorker : IDisposable
{
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;
    private readonly ConcurrentDictionary<int, Exchange> _exchanges = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _lastId;
    private int _inFlight;

    /// <summary>The JIT's tiering for a process whose work is native OCR and short bursts of managed code:
    /// methods are recompiled optimized only once no new method was compiled for 5 s instead of 0.1 s, so
    /// the background compiler does not spend its time recompiling start-up code that never runs again
    /// (measured: about 0.4 s of CPU less over the 16 scanned sample cases, docs/benchmarks.md). Hot loops
    /// are still optimized in place (on-stack replacement). An operator's own DOTNET_ setting wins.</summary>
    private static readonly (string Name, string Value)[] RuntimeTuning = [("DOTNET_TC_CallCountingDelayMs", "5000")];

    /// <summary>glibc's heaps in the worker (<c>MALLOC_ARENA_MAX</c>): one per engine. Set from the start: the
    /// runtime's own threads have made their heaps before the OCR engine could limit them (it asks for one per
    /// core when loaded), and left unlimited the worker held 30-40 MB more. One heap for two engines was
    /// 10 MB smaller again but slower on a quiet machine (median 0.63x the script against 0.68x over seven
    /// runs a side: the engines waited on the shared heap), so each engine keeps its own
    /// (docs/benchmarks.md, issue 12).</summary>
    internal static string MallocHeaps(int engines) => Math.Max(1, engines).ToString(CultureInfo.InvariantCulture);

    private DocumentWorker(Process process, bool isPrivate)
    {
        _process = process;
        Private = isPrivate;
    }

    public bool HasExited => _ended.Task.IsCompleted || _process.HasExited;

    /// <summary>Reads one message's documents only: a kill or crash is then that message's doing.</summary>
    public bool Private { get; }

    /// <summary>Requests being read now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Why the worker stopped answering, for the log; null while it answers.</summary>
    public string? Failure { get; private set; }

    public static DocumentWorker Start(long memoryLimitBytes, int engines, bool isPrivate)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        var (program, arguments) = Executable();
        info.FileName = program;
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add(DocumentWorkerCommand.Name);

        // The managed heap fails with OutOfMemoryException (a document "too large to read") before the
        // process as a whole reaches the ceiling at which it is killed.
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (memoryLimitBytes / 4 * 3).ToString("X", CultureInfo.InvariantCulture);
        // Its share of the OCR pool: configuration read by the worker, so set the way an operator would.
        info.Environment["PORTMAILBOT__Ocr__PoolSize"] = engines.ToString(CultureInfo.InvariantCulture);
        foreach (var (name, value) in RuntimeTuning.Append(("MALLOC_ARENA_MAX", MallocHeaps(engines))))
        {
            if (!info.Environment.ContainsKey(name))
            {
                info.Environment[name] = value;
            }
        }

        var worker = new DocumentWorker(Process.Start(info) ?? throw new InvalidOperationException("the document worker did not start"), isPrivate);
        _ = Task.Run(worker.RouteRepliesAsync, CancellationToken.None);
        return worker;
    }

    /// <summary>Counts a request about to be sent (<see cref="InFlight"/>), before it is.</summary>
    public void Reserve() => Interlocked.Increment(ref _inFlight);

    /// <summary>Sends <paramref name="request"/> (after <see cref="Reserve"/>) and waits for its documents until
    /// <paramref name="timeLeft"/> has passed. The documents not answered are null in the result.</summary>
    public (ExtractedDocument?[] Documents, WorkerStop Stop) Read(WorkerRequest request, TimeSpan timeLeft, long memoryLimitBytes, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _lastId);
        var exchange = new Exchange(request.Attachments.Count);
        _exchanges[id] = exchange;
        try
        {
            if (HasExited)
            {
                return (exchange.Documents(), WorkerStop.Died);
            }

            _ = SendAsync(request with { Id = id });
            var clock = Stopwatch.StartNew();
            WorkerStop stop;
            while (true)
            {
                if (exchange.Done.Wait(WatchInterval, CancellationToken.None))
                {
                    return (exchange.Documents(), exchange.Done.Result ? WorkerStop.Completed : WorkerStop.Died);
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    Kill();
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (clock.Elapsed >= timeLeft)
                {
                    stop = WorkerStop.Deadline;
                    break;
                }

                if (ResidentBytes() > memoryLimitBytes)
                {
                    stop = WorkerStop.Memory;
                    break;
                }
            }

            Kill();

            // Its pipe closes with it: the routing ends, and what it wrote before is complete.
            exchange.Done.Wait(TimeSpan.FromSeconds(10), CancellationToken.None);
            return (exchange.Documents(), stop);
        }
        finally
        {
            _exchanges.TryRemove(id, out _);
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>The worker's resident memory now; 0 once it has exited.</summary>
    public long ResidentBytes()
    {
        try
        {
            // /proc/PID/statm: size resident shared ... in pages.
            var fields = File.ReadAllText($"/proc/{_process.Id}/statm").Split(' ');
            return long.Parse(fields[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or InvalidOperationException)
        {
            return 0;
        }
    }

    private int _disposed;

    public void Dispose()
    {
        // A shared worker can be given back by more than one message after it died; once is enough.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        Kill();
        _process.Dispose();
        _writing.Dispose();
    }

    private async Task SendAsync(WorkerRequest request)
    {
        try
        {
            await _writing.WaitAsync();
            try
            {
                await WorkerProtocol.WriteAsync(_process.StandardInput.BaseStream, request);
            }
            finally
            {
                _writing.Release();
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException or NotSupportedException)
        {
            // It no longer reads: it is ended, and every request waiting on it learns so.
            Failure ??= ex.GetType().Name + ": " + ex.Message;
            Kill();
        }
    }

    /// <summary>Hands each document the worker answers to its request, until the worker's output ends; then
    /// every request still waiting learns that it will get no more.</summary>
    private async Task RouteRepliesAsync()
    {
        try
        {
            var output = _process.StandardOutput.BaseStream;
            while (await WorkerProtocol.ReadAsync<WorkerReply>(output) is { } reply)
            {
                // A request that gave up (killed the worker) is no longer listed; its late documents are dropped.
                if (_exchanges.TryGetValue(reply.Request, out var exchange) && !exchange.Accept(reply.Index, reply.Document))
                {
                    Failure = "sent a frame out of order";
                    Kill();
                    return;
                }
            }

            Failure ??= await ExitedWithinAsync(TimeSpan.FromSeconds(2)) ? $"exited with code {_process.ExitCode}" : "closed its output";
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or ObjectDisposedException or InvalidOperationException or NotSupportedException)
        {
            Failure ??= ex.GetType().Name + ": " + ex.Message;
            Kill();
        }
        finally
        {
            _ended.TrySetResult();
            foreach (var exchange in _exchanges.Values)
            {
                exchange.Ended();
            }
        }
    }

    private async Task<bool> ExitedWithinAsync(TimeSpan time)
    {
        using var wait = new CancellationTokenSource(time);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void Kill()
    {
        try
        {
            if (_ended.Task.IsCompleted && _process.HasExited)
            {
                return;
            }

            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }

    /// <summary>This very program: its apphost, or <c>dotnet PortMailBot.dll</c> (also when the intake is
    /// hosted by something else, such as a test runner).</summary>
    private static (string Program, string[] Arguments) Executable()
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        var dll = typeof(DocumentWorker).Assembly.Location;
        // The whole file name: a test runner's own apphost is "PortMailBot.Tests", which is not this program.
        return Path.GetFileName(processPath) switch
        {
            "PortMailBot" or "PortMailBot.exe" => (processPath, []),
            "dotnet" or "dotnet.exe" => (processPath, [dll]),
            _ => (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", [dll]),
        };
    }

    /// <summary>One request's documents as they arrive.</summary>
    private sealed class Exchange(int count)
    {
        private readonly ExtractedDocument?[] _documents = new ExtractedDocument?[count];
        private readonly TaskCompletionSource<bool> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock _lock = new();
        private int _answered;

        /// <summary>True once every document came back; false when the worker ended before.</summary>
        public Task<bool> Done => _done.Task;

        /// <summary>Takes one document; false for an index the request does not have.</summary>
        public bool Accept(int index, ExtractedDocument document)
        {
            lock (_lock)
            {
                if (index < 0 || index >= _documents.Length || _documents[index] is not null)
                {
                    return false;
                }

                _documents[index] = document;
                if (++_answered == _documents.Length)
                {
                    _done.TrySetResult(true);
                }

                return true;
            }
        }

        public void Ended() => _done.TrySetResult(false);

        public ExtractedDocument?[] Documents()
        {
            lock (_lock)
            {
                return [.. _documents];
            }
        }
    }
}
