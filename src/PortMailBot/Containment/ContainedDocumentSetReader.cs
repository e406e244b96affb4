using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Mail;
using PortMailBot.Ocr;

namespace PortMailBot.Containment;

/// <summary>Reads each message's attachments in a worker process (<see cref="DocumentWorkerCommand"/>) under a
/// hard deadline and a memory ceiling. Workers live across messages (starting one costs about a second);
/// a worker is replaced only after it was killed or grew large. A document that kills its worker is
/// <c>attachment-unreadable</c>; the others of its message are read again, each alone, so one bomb costs
/// only itself.</summary>
internal sealed class ContainedDocumentSetReader : IDocumentSetReader, IDisposable
{
    private readonly ContainmentOptions _options;
    private readonly IntakeOptions _intake;
    private readonly ILogger<ContainedDocumentSetReader> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<DocumentWorker> _idle = [];
    private readonly int _enginesPerWorker;

    public ContainedDocumentSetReader(IOptions<ContainmentOptions> options, IOptions<IntakeOptions> intake, IOptions<OcrOptions> ocr, ILogger<ContainedDocumentSetReader> logger)
    {
        _options = options.Value;
        _intake = intake.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.EffectiveWorkers, _options.EffectiveWorkers);
        _enginesPerWorker = EnginesPerWorker(ocr.Value.PoolSize, _options.EffectiveWorkers);
    }

    /// <summary>The OCR pool (<c>Ocr:PoolSize</c>, one engine per core by default) shared out between the
    /// workers: each engine holds its own copy of the language models (about 60 MB for eng+fra) and costs
    /// their loading, and workers that each kept a full pool would run more recognitions than there are
    /// cores (measured: two workers of two engines each took 5-7 s more CPU over the 16 scanned samples,
    /// docs/benchmarks.md).</summary>
    internal static int EnginesPerWorker(int poolSize, int workers)
    {
        var engines = poolSize > 0 ? poolSize : Environment.ProcessorCount;
        return Math.Max(1, (engines + workers - 1) / workers);
    }

    public IReadOnlyList<ExtractedDocument> ReadAll(IReadOnlyList<AttachmentFile> attachments, string language, CancellationToken cancellationToken)
    {
        if (attachments.Count == 0)
        {
            return [];
        }

        _slots.Wait(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var documents = new ExtractedDocument[attachments.Count];
            Read(attachments, [.. Enumerable.Range(0, attachments.Count)], language, clock, documents, cancellationToken);
            return documents;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }

        _slots.Dispose();
    }

    /// <summary>Reads the attachments at <paramref name="indexes"/> in one worker; after a kill for memory
    /// or a crash, those not answered are read again one by one until the one to blame is alone.</summary>
    private void Read(IReadOnlyList<AttachmentFile> attachments, int[] indexes, string language, Stopwatch clock, ExtractedDocument[] documents, CancellationToken cancellationToken)
    {
        var timeLeft = _options.MessageDeadline - clock.Elapsed;
        if (timeLeft <= TimeSpan.Zero)
        {
            foreach (var i in indexes)
            {
                documents[i] = Unreadable(attachments[i], WorkerStop.Deadline);
            }

            return;
        }

        // The worker gives up on its own a little before it is killed, so the documents it read are kept.
        var grace = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(10).Ticks, timeLeft.Ticks / 10));
        var cooperative = TimeSpan.FromTicks(Math.Min(_intake.MessageTimeout.Ticks, (timeLeft - grace).Ticks));
        var request = new WorkerRequest(language, (int)Math.Max(1, cooperative.TotalMilliseconds), [.. indexes.Select(i => attachments[i])]);
        var worker = Lease();
        var (read, stop) = worker.Read(request, timeLeft, _options.MemoryLimitBytes, cancellationToken);
        var failure = worker.Failure;
        Return(worker, stop);

        var unanswered = new List<int>();
        for (var k = 0; k < indexes.Length; k++)
        {
            if (read[k] is { } document)
            {
                documents[indexes[k]] = document;
            }
            else
            {
                unanswered.Add(indexes[k]);
            }
        }

        if (stop == WorkerStop.Completed || unanswered.Count == 0)
        {
            return;
        }

        _logger.LogWarning(
            "Document worker stopped ({Stop}{Failure}) with {Count} of {Total} documents unread: {Files}",
            stop, failure is null ? "" : ": " + failure, unanswered.Count, indexes.Length, string.Join(", ", unanswered.Select(i => attachments[i].FileName)));
        if (stop == WorkerStop.Deadline || unanswered.Count == 1)
        {
            foreach (var i in unanswered)
            {
                documents[i] = Unreadable(attachments[i], stop);
            }

            return;
        }

        foreach (var i in unanswered)
        {
            Read(attachments, [i], language, clock, documents, cancellationToken);
        }
    }

    private DocumentWorker Lease()
    {
        while (_idle.TryTake(out var idle))
        {
            if (!idle.HasExited)
            {
                return idle;
            }

            idle.Dispose();
        }

        return DocumentWorker.Start(_options.MemoryLimitBytes, _enginesPerWorker);
    }

    /// <summary>A worker that read everything and stayed small is kept for the next message; one that was
    /// killed, died, or kept half its ceiling (a large heap a bomb left behind) is let go.</summary>
    private void Return(DocumentWorker worker, WorkerStop stop)
    {
        if (stop == WorkerStop.Completed && !worker.HasExited && worker.ResidentBytes() < _options.MemoryLimitBytes / 2)
        {
            _idle.Add(worker);
            return;
        }

        worker.Dispose();
    }

    private ExtractedDocument Unreadable(AttachmentFile file, WorkerStop stop) => new(file.FileName, DocumentKind.Other)
    {
        Unreadable = stop switch
        {
            WorkerStop.Deadline => $"took too long to read (stopped after {_options.MessageDeadline.TotalSeconds:0} s)",
            WorkerStop.Memory => $"too large to read (over the {_options.MemoryLimitMegabytes} MB memory limit)",
            _ => "could not be read: the reading process failed on it",
        },
    };
}
