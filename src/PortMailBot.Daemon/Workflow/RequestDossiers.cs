using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The console's reads: one request's whole dossier, one document with the message that carried it,
/// and the history of every request for the dashboard. Read-only; changes go through <see cref="WorkflowOperations"/>.</summary>
public sealed class RequestDossiers(DaemonStore store)
{
    public Task<RequestDossier?> LoadAsync(string id, CancellationToken cancellationToken) =>
        store.ReadAsync(
            async transaction => await transaction.FindWorkflowRequestAsync(id, cancellationToken) is { } request
                ? new RequestDossier(
                    request,
                    await transaction.TransitionsAsync(id, cancellationToken),
                    await transaction.DossierMessagesAsync(id, cancellationToken),
                    await transaction.DossierDocumentsAsync(id, cancellationToken),
                    await transaction.LatestVerdictJsonAsync(id, cancellationToken))
                : null,
            cancellationToken);

    /// <returns>The document and the raw message it came in, or null when the request has no such document.</returns>
    public Task<(DossierDocument Document, byte[] Raw)?> DocumentAsync(string requestId, long documentId, CancellationToken cancellationToken) =>
        store.ReadAsync(transaction => transaction.DossierDocumentAsync(requestId, documentId, cancellationToken), cancellationToken);

    /// <summary>Every change of state of every request, oldest first (at most <paramref name="max"/>).</summary>
    public Task<List<StateChange>> StateChangesAsync(int max, CancellationToken cancellationToken) =>
        store.ReadAsync(transaction => transaction.StateChangesAsync(max, cancellationToken), cancellationToken);
}
