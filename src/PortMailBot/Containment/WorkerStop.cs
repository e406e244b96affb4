namespace PortMailBot.Containment;

/// <summary>How a worker's reading of one request ended.</summary>
internal enum WorkerStop
{
    /// <summary>Every document came back.</summary>
    Completed,

    /// <summary>Killed at the message's deadline.</summary>
    Deadline,

    /// <summary>Killed for growing past its memory ceiling.</summary>
    Memory,

    /// <summary>Ended by itself before answering everything (crashed, killed from outside).</summary>
    Died,
}
