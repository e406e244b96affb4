using System.Diagnostics;
using System.Globalization;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Containment;

/// <summary>One worker process, seen from the daemon: sends it a request and collects its documents while
/// watching the clock and its resident memory, killing it (with any child it started) at the deadline or
/// past the ceiling. Used by one message at a time.</summary>
internal sealed class DocumentWorker : IDisposable
{
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process _process;

    private DocumentWorker(Process process) => _process = process;

    public bool HasExited => _process.HasExited;

    /// <summary>Why the last exchange failed, for the log; null when it did not.</summary>
    public string? Failure { get; private set; }

    public static DocumentWorker Start(long memoryLimitBytes, int engines)
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
        return new DocumentWorker(Process.Start(info) ?? throw new InvalidOperationException("the document worker did not start"));
    }

    /// <summary>Sends <paramref name="request"/> and waits for its documents until <paramref name="timeLeft"/>
    /// has passed. The documents not answered are null in the result.</summary>
    public (ExtractedDocument?[] Documents, WorkerStop Stop) Read(WorkerRequest request, TimeSpan timeLeft, long memoryLimitBytes, CancellationToken cancellationToken)
    {
        var documents = new ExtractedDocument?[request.Attachments.Count];
        var exchange = Task.Run(() => ExchangeAsync(request, documents), CancellationToken.None);
        var clock = Stopwatch.StartNew();
        WorkerStop stop;
        while (true)
        {
            if (exchange.Wait(WatchInterval, CancellationToken.None))
            {
                return (documents, exchange.IsCompletedSuccessfully && exchange.Result ? WorkerStop.Completed : WorkerStop.Died);
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

        // Its pipe closes with it: the exchange ends, and what it wrote before is complete.
        exchange.Wait(TimeSpan.FromSeconds(10), CancellationToken.None);
        return (documents, stop);
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

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private async Task<bool> ExchangeAsync(WorkerRequest request, ExtractedDocument?[] documents)
    {
        try
        {
            await WorkerProtocol.WriteAsync(_process.StandardInput.BaseStream, request);
            var output = _process.StandardOutput.BaseStream;
            for (var answered = 0; answered < documents.Length; answered++)
            {
                if (await WorkerProtocol.ReadAsync<WorkerReply>(output) is not { } reply || reply.Index < 0 || reply.Index >= documents.Length)
                {
                    Failure = await ExitedWithinAsync(TimeSpan.FromSeconds(2)) ? $"exited with code {_process.ExitCode}" : "sent a frame out of order";
                    return false;
                }

                documents[reply.Index] = reply.Document;
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or ObjectDisposedException or InvalidOperationException or NotSupportedException)
        {
            Failure = ex.GetType().Name + ": " + ex.Message;
            return false;
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
}
