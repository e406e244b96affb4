using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortMailBot.Intake.Documents.Reading;

namespace PortMailBot.Containment;

/// <summary>The hidden <c>read-documents-worker</c> command: the worker process. It reads requests (one
/// message's attachments) from standard input and answers each document as soon as it is read, until its
/// input ends (the daemon exited or let it go).</summary>
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
        using var input = Console.OpenStandardInput();
        var writing = new Lock();
        while (WorkerProtocol.Read<WorkerRequest>(input) is { } request)
        {
            reader.ReadAll(
                request.Attachments,
                request.Language,
                TimeSpan.FromMilliseconds(request.TimeoutMilliseconds),
                (index, document) =>
                {
                    lock (writing)
                    {
                        WorkerProtocol.Write(frames, new WorkerReply(index, document));
                    }
                },
                CancellationToken.None);
        }

        return 0;
    }
}
