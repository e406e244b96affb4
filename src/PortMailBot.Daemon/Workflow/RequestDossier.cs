using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Everything kept about one request, for the console: its state and history, every message of
/// its thread (raw, in and out), the documents read (their extraction as JSON) and the latest verdict.</summary>
public sealed record RequestDossier(
    WorkflowRequest Request,
    IReadOnlyList<TransitionRecord> History,
    IReadOnlyList<DossierMessage> Messages,
    IReadOnlyList<DossierDocument> Documents,
    string? VerdictJson);
