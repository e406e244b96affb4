namespace PortMailBot.Containment;

/// <summary>Section <c>Containment</c>: each message's documents are read in a worker process that is killed
/// at <see cref="MessageDeadline"/> or when it grows past <see cref="MemoryLimitMegabytes"/>, so a hostile
/// document (a PDF that never ends, an array formula over a whole sheet) costs one document, not the daemon.</summary>
internal sealed class ContainmentOptions
{
    public const string SectionName = "Containment";

    /// <summary>False reads documents in the daemon's own process (for debugging only: nothing then bounds
    /// a document's memory, and a document that hangs inside a parser keeps a thread forever).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The worker's resident memory ceiling; past it the worker is killed and the documents it was
    /// reading are unreadable. Its managed heap is also capped at three quarters of it.</summary>
    public int MemoryLimitMegabytes { get; set; } = 1024;

    /// <summary>How long one message's documents may take in all; at the deadline the worker is killed.
    /// The worker itself gives up slightly earlier, so that documents already read are kept.</summary>
    public TimeSpan MessageDeadline { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Worker processes kept running, each reading several messages at once on its share of the OCR
    /// pool; 0: one per processor. One by default: every further worker holds its own runtime, language
    /// models and image buffers (about 250 MB) and costs its own start-up (docs/benchmarks.md).</summary>
    public int Workers { get; set; } = 1;

    internal int EffectiveWorkers => Workers > 0 ? Workers : Environment.ProcessorCount;

    internal long MemoryLimitBytes => MemoryLimitMegabytes * 1024L * 1024L;

    /// <summary>Every problem with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MemoryLimitMegabytes is < 256 or > 1_048_576)
        {
            problems.Add("Containment:MemoryLimitMegabytes must be 256 to 1048576");
        }

        if (MessageDeadline < TimeSpan.FromSeconds(5) || MessageDeadline > TimeSpan.FromHours(1))
        {
            problems.Add("Containment:MessageDeadline must be 5 seconds to one hour");
        }

        if (Workers is < 0 or > 64)
        {
            problems.Add("Containment:Workers must be 0 (one per processor) to 64");
        }

        return problems;
    }
}
