using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Ocr;

namespace PortMailBot.Containment;

/// <summary>The hidden <c>read-documents-worker</c> command: the worker process. It reads requests (one
/// message's attachments each) from standard input and reads them all at once, each on its own thread, so
/// that a message with a single scanned page does not leave the other engines idle; each document is
/// answered as soon as it is read. It stops when its input ends (the daemon exited or let it go) and the
/// requests it holds are answered.</summary>
internal static class DocumentWorkerCommand
{
    public const string Name = "read-documents-worker";

    public static RootCommand AddDocumentWorker(this RootCommand root)
    {
        var worker = new Command(Name, "Internal: reads documents for the daemon or check (started by them, never by hand).") { Hidden = true };
        worker.SetAction((_, _) => Task.FromResult(Run()));
        root.Add(worker);
        return root;
    }

    private static int Run()
    {
        using var frames = WorkerStdout.TakeForFrames();
        var builder = PortMailBotHost.CreateBuilder(contained: false);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        using var host = builder.Build();
        var reader = host.Services.GetRequiredService<InProcessDocumentSetReader>();
        WarmUpInBackground(host.Services.GetRequiredService<IOcrEngine>());

        // Each request's thread waits for OCR engines and for its documents' parallel reading: without
        // threads ready, the pool would add them one at a time while the engines stand idle.
        ThreadPool.GetMinThreads(out var workers, out var completion);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), completion);
        using var input = Console.OpenStandardInput();
        var writing = new Lock();
        var reading = new List<Task>();
        while (WorkerProtocol.Read<WorkerRequest>(input) is { } request)
        {
            reading.RemoveAll(t => t.IsCompleted);
            reading.Add(Task.Factory.StartNew(() => Read(reader, request, frames, writing), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }

        Task.WaitAll(reading);
        return 0;
    }

    /// <summary>The language models load while the first request is still on its way (the worker is started
    /// before the first message is parsed); a model that fails to load fails again, and is reported, on the page.</summary>
    private static void WarmUpInBackground(IOcrEngine ocr)
    {
        if ((ocr is DeferredOcrEngine deferred ? deferred.Engine : ocr) is TesseractOcrEngine tesseract)
        {
            _ = Task.Run(
                () =>
                {
                    try
                    {
                        tesseract.WarmUpAll(CancellationToken.None);
                    }
                    catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
                    {
                        // Reported by the first page that needs the engine.
                    }
                },
                CancellationToken.None);
        }
    }

    private static void Read(InProcessDocumentSetReader reader, WorkerRequest request, Stream frames, Lock writing)
    {
        try
        {
            reader.ReadAll(
                request.Attachments,
                request.Language,
                TimeSpan.FromMilliseconds(request.TimeoutMilliseconds),
                (index, document) =>
                {
                    lock (writing)
                    {
                        WorkerProtocol.Write(frames, new WorkerReply(request.Id, index, document));
                    }
                },
                CancellationToken.None);
        }
#pragma warning disable CA1031 // The worker ends as if it had crashed: the daemon reads what is unanswered again, each alone.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"document worker: request {request.Id} failed: {e.GetType().Name}: {e.Message}");
            Environment.Exit(70);
        }
    }
}
