using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The console's reads: one request's whole dossier, one document with the message that carried it,
/// and the history of every request for the dashboard. Read-only; changes go through <see cref="WorkflowOperations"/>.</summary>
public sealed class RequestDossiers(DaemonStore store)
{
    public async Task<RequestDossier?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var request = await transaction.FindWorkflowRequestAsync(id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var history = await transaction.TransitionsAsync(id, cancellationToken);
        var messages = await transaction.DossierMessagesAsync(id, cancellationToken);
        var documents = await transaction.DossierDocumentsAsync(id, cancellationToken);
        var verdict = await transaction.LatestVerdictJsonAsync(id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RequestDossier(request, history, messages, documents, verdict);
    }

    /// <returns>The document and the raw message it came in, or null when the request has no such document.</returns>
    public async Task<(DossierDocument Document, byte[] Raw)?> DocumentAsync(string requestId, long documentId, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var found = await transaction.DossierDocumentAsync(requestId, documentId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found;
    }

    /// <summary>Every change of state of every request, oldest first (at most <paramref name="max"/>).</summary>
    public async Task<List<StateChange>> StateChangesAsync(int max, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var list = await transaction.StateChangesAsync(max, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return list;
    }
}
