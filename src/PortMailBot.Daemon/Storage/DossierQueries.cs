using System.Data.Common;
using System.Globalization;

namespace PortMailBot.Daemon.Storage;

/// <summary>The console's reads of one request's thread, documents and verdict, and of every request's
/// changes of state, inside the caller's <see cref="StoreTransaction"/>.</summary>
public static class DossierQueries
{
    public static async Task<List<DossierMessage>> DossierMessagesAsync(this StoreTransaction store, string requestId, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT id, created_at, direction, sender, recipients, subject, outcome, raw FROM messages WHERE request_id = @r ORDER BY id",
            r => new DossierMessage(r.GetInt64(0), Db.ParseTime(r.GetString(1)), r.GetString(2), Db.NullableString(r, 3), Db.NullableString(r, 4), Db.NullableString(r, 5), r.GetString(6), (byte[])r.GetValue(7)),
            cancellationToken,
            ("@r", requestId));

    public static async Task<List<DossierDocument>> DossierDocumentsAsync(this StoreTransaction store, string requestId, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT id, message_row, file_name, kind, ocr, unreadable, fields_json FROM documents WHERE request_id = @r ORDER BY id",
            ReadDocument,
            cancellationToken,
            ("@r", requestId));

    /// <returns>The request's latest verdict as JSON, or null when it has none.</returns>
    public static async Task<string?> LatestVerdictJsonAsync(this StoreTransaction store, string requestId, CancellationToken cancellationToken) =>
        await Db.ScalarAsync(
            store.Connection,
            store.Transaction,
            "SELECT verdict_json FROM verdicts WHERE request_id = @r ORDER BY id DESC LIMIT 1",
            cancellationToken,
            ("@r", requestId)) as string;

    /// <returns>The document and the raw message it came in, or null when the request has no such document.</returns>
    public static async Task<(DossierDocument Document, byte[] Raw)?> DossierDocumentAsync(this StoreTransaction store, string requestId, long documentId, CancellationToken cancellationToken)
    {
        var found = await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT d.id, d.message_row, d.file_name, d.kind, d.ocr, d.unreadable, d.fields_json, m.raw FROM documents d JOIN messages m ON m.id = d.message_row WHERE d.request_id = @r AND d.id = @d",
            r => (ReadDocument(r), (byte[])r.GetValue(7)),
            cancellationToken,
            ("@r", requestId),
            ("@d", documentId));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Every change of state of every request, oldest first (at most <paramref name="max"/>).</summary>
    public static async Task<List<StateChange>> StateChangesAsync(this StoreTransaction store, int max, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT request_id, at, from_state, to_state FROM transitions ORDER BY id LIMIT @max",
            r => new StateChange(r.GetString(0), Db.ParseTime(r.GetString(1)), PortStates.ParseNullable(Db.NullableString(r, 2)), PortStates.Parse(r.GetString(3))),
            cancellationToken,
            ("@max", max));

    private static DossierDocument ReadDocument(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture) != 0, Db.NullableString(r, 5), r.GetString(6));
}

/// <param name="Direction"><c>in</c> (the customer's or an operator's) or <c>out</c> (a reply).</param>
public sealed record DossierMessage(long Row, DateTimeOffset At, string Direction, string? Sender, string? Recipients, string? Subject, string Outcome, ReadOnlyMemory<byte> Raw);

/// <param name="FieldsJson">The <c>ExtractedDocument</c> as read, with where each field was read.</param>
public sealed record DossierDocument(long Id, long MessageRow, string FileName, string Kind, bool Ocr, string? Unreadable, string FieldsJson);

/// <summary>One change of state, for the dashboard's time-in-state figures.</summary>
public sealed record StateChange(string RequestId, DateTimeOffset At, PortState? FromState, PortState ToState);
