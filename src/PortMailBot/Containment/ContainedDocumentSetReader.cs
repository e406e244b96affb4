using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Mail;
using PortMailBot.Ocr;

namespace PortMailBot.Containment;

/// <summary>Reads each message's attachments in a worker process (<see cref="DocumentWorkerCommand"/>) under a
/// hard deadline and a memory ceiling. Workers live across messages (starting one costs about a second of
/// CPU and its own copy of the runtime and language models), and each reads several messages at once on its
/// share of the OCR pool; a worker is replaced only after it was killed or grew large. A kill or crash stops
/// every message it was reading: their unanswered documents are read again in a private worker of their
/// own, and there, as before, a document that kills its worker is <c>attachment-unreadable</c> and the
/// others of its message are read again, each alone, so one bomb costs only itself.</summary>
internal sealed class ContainedDocumentSetReader : IDocumentSetReader, IDisposable
{
    private readonly ContainmentOptions _options;
    private readonly IntakeOptions _intake;
    private readonly ILogger<ContainedDocumentSetReader> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly List<DocumentWorker> _shared = [];
    private readonly Lock _sharing = new();
    private readonly int _enginesPerWorker;

    public ContainedDocumentSetReader(IOptions<ContainmentOptions> options, IOptions<IntakeOptions> intake, IOptions<OcrOptions> ocr, ILogger<ContainedDocumentSetReader> logger)
    {
        _options = options.Value;
        _intake = intake.Value;
        _logger = logger;
        _slots = new SemaphoreSlim(_options.EffectiveWorkers * MessagesPerWorker, _options.EffectiveWorkers * MessagesPerWorker);
        _enginesPerWorker = EnginesPerWorker(ocr.Value.PoolSize, _options.EffectiveWorkers);
    }

    /// <summary>Messages one worker reads at once: one more than the cores, so that its engines stay busy
    /// while a message waits on a text-layer PDF or a spreadsheet; the OCR pool bounds the pages in memory.</summary>
    private static int MessagesPerWorker => Environment.ProcessorCount + 1;

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

    /// <summary>Starts the shared workers now, so that their start-up and model loading overlap the caller's
    /// own (check calls it before parsing the first message).</summary>
    public void Prestart()
    {
        lock (_sharing)
        {
            while (_shared.Count < _options.EffectiveWorkers)
            {
                Started(DocumentWorker.Start(_options.MemoryLimitBytes, _enginesPerWorker, isPrivate: false));
            }
        }
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
            Read(attachments, [.. Enumerable.Range(0, attachments.Count)], language, clock, documents, isolated: false, cancellationToken);
            return documents;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        lock (_sharing)
        {
            foreach (var worker in _shared)
            {
                worker.Dispose();
            }

            _shared.Clear();
        }

        _slots.Dispose();
    }

    /// <summary>Reads the attachments at <paramref name="indexes"/> in one worker, shared with other messages
    /// unless <paramref name="isolated"/>. After a shared worker stopped, those not answered are read again in a
    /// private one (another message may be to blame); after a private worker's kill for memory or a crash,
    /// one by one until the one to blame is alone.</summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "Return disposes a private worker at once, and a shared one when it ended or grew; a shared one otherwise lives on for the next messages.")]
    private void Read(IReadOnlyList<AttachmentFile> attachments, int[] indexes, string language, Stopwatch clock, ExtractedDocument[] documents, bool isolated, CancellationToken cancellationToken)
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
        var request = new WorkerRequest(0, language, (int)Math.Max(1, cooperative.TotalMilliseconds), [.. indexes.Select(i => attachments[i])]);
        var worker = isolated ? StartPrivate() : LeaseShared();

        var alone = worker.Private;
        ExtractedDocument?[] read;
        WorkerStop stop;
        string? failure;
        try
        {
            (read, stop) = worker.Read(request, timeLeft, _options.MemoryLimitBytes, cancellationToken);
            failure = worker.Failure;
        }
        finally
        {
            Return(worker);
        }

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
        if (!alone && stop != WorkerStop.Deadline)
        {
            // Stopped by another message's document, or by one of this one's: read on where blame is clear.
            Read(attachments, [.. unanswered], language, clock, documents, isolated: true, cancellationToken);
            return;
        }

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
            Read(attachments, [i], language, clock, documents, isolated: true, cancellationToken);
        }
    }

    /// <summary>The shared worker reading the fewest messages, or a new one while there are fewer than
    /// configured; its count of messages is raised before it is handed out.</summary>
    private DocumentWorker LeaseShared()
    {
        lock (_sharing)
        {
            foreach (var ended in _shared.Where(w => w.HasExited).ToList())
            {
                _shared.Remove(ended);
                if (ended.InFlight == 0)
                {
                    ended.Dispose();
                }
            }

            var worker = _shared.Count < _options.EffectiveWorkers
                ? Started(DocumentWorker.Start(_options.MemoryLimitBytes, _enginesPerWorker, isPrivate: false))
                : _shared.MinBy(w => w.InFlight)!;
            worker.Reserve();
            return worker;
        }
    }

    /// <summary>A private worker is let go at once. A shared one stays for the next messages unless it was
    /// killed, died, or keeps half its ceiling (a large heap a bomb left behind): then it takes no new message,
    /// and goes once the last it reads is done.</summary>
    private void Return(DocumentWorker worker)
    {
        if (worker.Private)
        {
            worker.Dispose();
            return;
        }

        lock (_sharing)
        {
            if (worker.HasExited || worker.ResidentBytes() >= _options.MemoryLimitBytes / 2)
            {
                _shared.Remove(worker);
            }

            if (worker.InFlight == 0 && !_shared.Contains(worker))
            {
                worker.Dispose();
            }
        }
    }

    private DocumentWorker Started(DocumentWorker worker)
    {
        _shared.Add(worker);
        return worker;
    }

    /// <summary>A worker for one message alone, disposed by <see cref="Return"/>.</summary>
    private DocumentWorker StartPrivate()
    {
        var worker = DocumentWorker.Start(_options.MemoryLimitBytes, _enginesPerWorker, isPrivate: true);
        worker.Reserve();
        return worker;
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
