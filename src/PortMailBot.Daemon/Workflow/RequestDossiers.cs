using System.Data.Common;
using System.Globalization;
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
        var messages = await Db.ListAsync(
            transaction.Connection,
            transaction.Transaction,
            "SELECT id, created_at, direction, sender, recipients, subject, outcome, raw FROM messages WHERE request_id = @r ORDER BY id",
            r => new DossierMessage(r.GetInt64(0), Time(r.GetString(1)), r.GetString(2), Db.NullableString(r, 3), Db.NullableString(r, 4), Db.NullableString(r, 5), r.GetString(6), (byte[])r.GetValue(7)),
            cancellationToken,
            ("@r", id));
        var documents = await Db.ListAsync(
            transaction.Connection,
            transaction.Transaction,
            "SELECT id, message_row, file_name, kind, ocr, unreadable, fields_json FROM documents WHERE request_id = @r ORDER BY id",
            ReadDocument,
            cancellationToken,
            ("@r", id));
        var verdict = await Db.ScalarAsync(
            transaction.Connection,
            transaction.Transaction,
            "SELECT verdict_json FROM verdicts WHERE request_id = @r ORDER BY id DESC LIMIT 1",
            cancellationToken,
            ("@r", id)) as string;
        await transaction.CommitAsync(cancellationToken);
        return new RequestDossier(request, history, messages, documents, verdict);
    }

    /// <returns>The document and the raw message it came in, or null when the request has no such document.</returns>
    public async Task<(DossierDocument Document, byte[] Raw)?> DocumentAsync(string requestId, long documentId, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var found = await Db.ListAsync(
            transaction.Connection,
            transaction.Transaction,
            "SELECT d.id, d.message_row, d.file_name, d.kind, d.ocr, d.unreadable, d.fields_json, m.raw FROM documents d JOIN messages m ON m.id = d.message_row WHERE d.request_id = @r AND d.id = @d",
            r => (ReadDocument(r), (byte[])r.GetValue(7)),
            cancellationToken,
            ("@r", requestId),
            ("@d", documentId));
        await transaction.CommitAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every change of state of every request, oldest first (at most <paramref name="max"/>).</summary>
    public async Task<List<StateChange>> StateChangesAsync(int max, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var list = await Db.ListAsync(
            transaction.Connection,
            transaction.Transaction,
            "SELECT request_id, at, from_state, to_state FROM transitions ORDER BY id LIMIT @max",
            r => new StateChange(r.GetString(0), Time(r.GetString(1)), Db.NullableString(r, 2), r.GetString(3)),
            cancellationToken,
            ("@max", max));
        await transaction.CommitAsync(cancellationToken);
        return list;
    }

    private static DossierDocument ReadDocument(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture) != 0, Db.NullableString(r, 5), r.GetString(6));

    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
