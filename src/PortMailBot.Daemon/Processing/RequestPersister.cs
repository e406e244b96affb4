using System.Text.Json;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Processing;

/// <summary>Step 3, persist: the request (new or updated) with its state, the transition, the message, the
/// documents with their extraction and content hash, and the verdict, in the caller's one transaction.</summary>
public static class RequestPersister
{
    /// <returns>The stored message's row.</returns>
    public static async Task<long> PersistAsync(StoreTransaction transaction, IncomingMessage incoming, Routing routing, IntakeDecision decision, CancellationToken cancellationToken)
    {
        var (result, id, _) = decision;
        var verdict = result.Verdict;
        var now = incoming.Now;
        CountVerdict(verdict.Decision, verdict.Reasons);
        var state = verdict.Accepted ? PortState.InReview : PortState.NeedsInfo;
        await transaction.SaveRequestAsync(
            new PortRequestRecord(
                id,
                routing.Customer!.Address,
                routing.Request?.Subject ?? ReplyComposer.BaseSubject(incoming.Mime.Subject),
                result.Request.Language,
                state,
                verdict.Decision,
                string.Join(",", verdict.Reasons),
                verdict.AccountSid,
                JsonSerializer.Serialize(result.Request, VerdictJson.Options)),
            now,
            cancellationToken);

        await transaction.RecordTransitionAsync(
            id, new WorkflowActor(routing.Sender!.Address, WorkflowActor.ViaIntake), WorkflowAction.Check, routing.Request?.State, state,
            verdict.Decision, string.Join(",", verdict.Reasons), now, cancellationToken);

        var row = await transaction.InsertMessageAsync(incoming.Row with { RequestId = id, Outcome = MessageOutcome.Answered }, now, cancellationToken);
        foreach (var document in result.Documents)
        {
            await transaction.InsertDocumentAsync(
                id, row, document.FileName, VerdictBuilder.KindName(document.Kind), document.Ocr, document.Unreadable,
                JsonSerializer.Serialize(document, VerdictJson.Options), document.ContentHash, cancellationToken);
        }

        await transaction.InsertVerdictAsync(id, row, verdict.Decision, VerdictJson.ToLine(verdict), now, cancellationToken);
        return row;
    }

    private static void CountVerdict(string decision, IReadOnlyCollection<string> reasons)
    {
        foreach (var reason in reasons.Count == 0 ? ["none"] : reasons)
        {
            DaemonTelemetry.Verdicts.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("decision", decision));
        }
    }
}
