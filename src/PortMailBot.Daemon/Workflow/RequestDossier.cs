namespace PortMailBot.Daemon.Workflow;

/// <summary>Everything kept about one request, for the console: its state and history, every message of
/// its thread (raw, in and out), the documents read (their extraction as JSON) and the latest verdict.</summary>
public sealed record RequestDossier(
    WorkflowRequest Request,
    IReadOnlyList<TransitionRecord> History,
    IReadOnlyList<DossierMessage> Messages,
    IReadOnlyList<DossierDocument> Documents,
    string? VerdictJson);

/// <param name="Direction"><c>in</c> (the customer's or an operator's) or <c>out</c> (a reply).</param>
public sealed record DossierMessage(long Row, DateTimeOffset At, string Direction, string? Sender, string? Recipients, string? Subject, string Outcome, ReadOnlyMemory<byte> Raw);

/// <param name="FieldsJson">The <c>ExtractedDocument</c> as read, with where each field was read.</param>
public sealed record DossierDocument(long Id, long MessageRow, string FileName, string Kind, bool Ocr, string? Unreadable, string FieldsJson);

/// <summary>One change of state, for the dashboard's time-in-state figures.</summary>
public sealed record StateChange(string RequestId, DateTimeOffset At, string? FromState, string ToState);
