using System.Data.Common;
using System.Globalization;

namespace PortMailBot.Daemon.Storage;

/// <summary>One unit of work: everything written through it commits together or not at all, except request numbers
/// where <paramref name="allocateApart"/> is given (see <see cref="NextRequestIdAsync"/>).</summary>
public sealed class StoreTransaction(DbConnection connection, DbTransaction transaction, Func<int, CancellationToken, Task<long>>? allocateApart = null) : IAsyncDisposable
{
    /// <summary>For the workflow's queries (Workflow/WorkflowStore), run in this same transaction.</summary>
    internal DbConnection Connection => connection;

    internal DbTransaction Transaction => transaction;

    public async Task CommitAsync(CancellationToken cancellationToken) => await transaction.CommitAsync(cancellationToken);

    /// <summary>Undoes everything written through this transaction (disposing it without a commit does the same).</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken) => await transaction.RollbackAsync(cancellationToken);

    /// <summary>Marks a point to go back to with <see cref="RollBackToAsync"/>: one message of a batch undone
    /// alone while what the transaction holds before it stays (a SAVEPOINT; SQLite and PostgreSQL alike).</summary>
    public async Task SaveAsync(string savepoint, CancellationToken cancellationToken) => await transaction.SaveAsync(savepoint, cancellationToken);

    /// <summary>Keeps what was written since the savepoint, as part of the transaction, and forgets the savepoint.</summary>
    public async Task ReleaseAsync(string savepoint, CancellationToken cancellationToken) => await transaction.ReleaseAsync(savepoint, cancellationToken);

    /// <summary>Undoes what was written since the savepoint and forgets it; on PostgreSQL this also ends the
    /// aborted state a failed statement leaves, so the transaction goes on.</summary>
    public async Task RollBackToAsync(string savepoint, CancellationToken cancellationToken)
    {
        await transaction.RollbackAsync(savepoint, cancellationToken);
        await transaction.ReleaseAsync(savepoint, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    public async Task<bool> IsLedgeredAsync(string mailbox, string key, CancellationToken cancellationToken) =>
        await Db.ScalarAsync(connection, transaction, "SELECT 1 FROM ledger WHERE mailbox = @m AND item_key = @k", cancellationToken, ("@m", mailbox), ("@k", key)) is not null;

    /// <summary>Whether an incoming message with this Message-ID was already handled (seen again after a UIDVALIDITY change).</summary>
    public async Task<bool> InboundSeenAsync(string messageId, CancellationToken cancellationToken) =>
        await Db.ScalarAsync(connection, transaction, "SELECT 1 FROM messages WHERE direction = 'in' AND message_id = @id AND outcome <> @failed", cancellationToken, ("@id", messageId), ("@failed", MessageOutcome.Failed.StoredName())) is not null;

    /// <summary>The request a message belongs to, found by any Message-ID of its thread (in or out).</summary>
    public async Task<string?> FindRequestByMessageIdsAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken)
    {
        // Newest reference first: the message being answered is the best anchor.
        for (var i = messageIds.Count - 1; i >= 0; i--)
        {
            var found = await Db.ScalarAsync(
                connection,
                transaction,
                "SELECT request_id FROM messages WHERE message_id = @id AND request_id IS NOT NULL ORDER BY id LIMIT 1",
                cancellationToken,
                ("@id", messageIds[i]));
            if (found is string id)
            {
                return id;
            }
        }

        return null;
    }

    public async Task<PortRequestRecord?> FindRequestAsync(string id, CancellationToken cancellationToken)
    {
        var list = await Db.ListAsync(
            connection,
            transaction,
            "SELECT id, customer, subject, language, state, decision, reasons, account_sid, fields_json FROM port_requests WHERE id = @id",
            r => new PortRequestRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), PortStates.Parse(r.GetString(4)), Db.NullableString(r, 5), r.GetString(6), Db.NullableString(r, 7), Db.NullableString(r, 8)),
            cancellationToken,
            ("@id", id));
        return list.Count == 0 ? null : list[0];
    }

    /// <summary>The statement that takes the next number of a year: one statement, so two instances allocating at
    /// once never take the same number nor collide on the insert.</summary>
    internal const string NextNumberSql =
        "INSERT INTO request_counters (year, last_number) VALUES (@y, 1) ON CONFLICT (year) DO UPDATE SET last_number = request_counters.last_number + 1 RETURNING last_number";

    /// <summary>Allocates the next request id of the year, e.g. <c>PR-2026-000123</c>. In this transaction on a
    /// database of one instance; apart from it where instances share the database, so the year's counter row is
    /// locked for one statement and not until this transaction commits (a batch's transaction would otherwise make
    /// every other instance wait for it). A number taken apart by a transaction that then rolls back is skipped.</summary>
    public async Task<string> NextRequestIdAsync(int year, CancellationToken cancellationToken)
    {
        var number = allocateApart is not null
            ? await allocateApart(year, cancellationToken)
            : Convert.ToInt64(await Db.ScalarAsync(connection, transaction, NextNumberSql, cancellationToken, ("@y", year)), CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"PR-{year:0000}-{number:000000}");
    }

    public async Task SaveRequestAsync(PortRequestRecord request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updated = await Db.ExecuteAsync(
            connection,
            transaction,
            "UPDATE port_requests SET updated_at = @now, language = @lang, state = @state, decision = @decision, reasons = @reasons, account_sid = @sid, fields_json = @fields WHERE id = @id",
            cancellationToken,
            ("@now", Db.Time(now)),
            ("@lang", request.Language),
            ("@state", request.State.Name()),
            ("@decision", request.Decision),
            ("@reasons", request.Reasons),
            ("@sid", request.AccountSid),
            ("@fields", request.FieldsJson),
            ("@id", request.Id));
        if (updated > 0)
        {
            return;
        }

        await Db.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO port_requests (id, created_at, updated_at, customer, subject, language, state, decision, reasons, account_sid, fields_json) VALUES (@id, @now, @now, @customer, @subject, @lang, @state, @decision, @reasons, @sid, @fields)",
            cancellationToken,
            ("@id", request.Id),
            ("@now", Db.Time(now)),
            ("@customer", request.Customer),
            ("@subject", request.Subject),
            ("@lang", request.Language),
            ("@state", request.State.Name()),
            ("@decision", request.Decision),
            ("@reasons", request.Reasons),
            ("@sid", request.AccountSid),
            ("@fields", request.FieldsJson));
    }

    public async Task<long> InsertMessageAsync(StoredMessage message, DateTimeOffset now, CancellationToken cancellationToken) =>
        Convert.ToInt64(
            await Db.ScalarAsync(
                connection,
                transaction,
                "INSERT INTO messages (request_id, direction, message_id, in_reply_to, thread_references, sender, recipients, subject, mailbox, uid_validity, uid, outcome, created_at, raw) VALUES (@r, @d, @mid, @irt, @refs, @s, @to, @subj, @mb, @uv, @uid, @o, @now, @raw) RETURNING id",
                cancellationToken,
                ("@r", message.RequestId),
                ("@d", message.Direction),
                ("@mid", message.MessageId),
                ("@irt", message.InReplyTo),
                ("@refs", message.References),
                ("@s", message.Sender),
                ("@to", message.Recipients),
                ("@subj", message.Subject),
                ("@mb", message.Mailbox),
                ("@uv", message.UidValidity),
                ("@uid", message.Uid),
                ("@o", message.Outcome.StoredName()),
                ("@now", Db.Time(now)),
                ("@raw", message.Raw)),
            CultureInfo.InvariantCulture);

    /// <summary>The raw incoming messages of a request that were read, oldest first.</summary>
    public async Task<List<byte[]>> InboundRawAsync(string requestId, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            connection,
            transaction,
            "SELECT raw FROM messages WHERE request_id = @r AND direction = 'in' AND outcome NOT IN (@ignored, @operator) AND length(raw) > 0 ORDER BY id", // purged ones are empty
            r => (byte[])r.GetValue(0),
            cancellationToken,
            ("@r", requestId),
            ("@ignored", MessageOutcome.Ignored.StoredName()),
            ("@operator", MessageOutcome.Operator.StoredName()));

    public async Task InsertDocumentAsync(string requestId, long messageRow, string fileName, string kind, bool ocr, string? unreadable, string fieldsJson, string? contentHash, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO documents (request_id, message_row, file_name, kind, ocr, unreadable, fields_json, content_sha256) VALUES (@r, @m, @f, @k, @o, @u, @j, @h)",
            cancellationToken,
            ("@h", contentHash),
            ("@r", requestId),
            ("@m", messageRow),
            ("@f", fileName),
            ("@k", kind),
            ("@o", ocr ? 1 : 0),
            ("@u", unreadable),
            ("@j", fieldsJson));

    /// <summary>The stored extractions (JSON) of the request's documents that carry their file's hash, oldest
    /// first; purged ones (blanked to <c>{}</c>) left out.</summary>
    public async Task<List<string>> DocumentExtractionsAsync(string requestId, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            connection,
            transaction,
            "SELECT fields_json FROM documents WHERE request_id = @r AND content_sha256 IS NOT NULL AND fields_json <> '{}' ORDER BY id",
            r => r.GetString(0),
            cancellationToken,
            ("@r", requestId));

    public async Task InsertVerdictAsync(string requestId, long messageRow, string decision, string verdictJson, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO verdicts (request_id, message_row, created_at, decision, verdict_json) VALUES (@r, @m, @now, @d, @j)",
            cancellationToken,
            ("@r", requestId),
            ("@m", messageRow),
            ("@now", Db.Time(now)),
            ("@d", decision),
            ("@j", verdictJson));

    /// <summary>Replies to one address since a time; the address compared without regard to case, in every
    /// script (<see cref="AddressKey"/>: SQL's <c>lower()</c> folds ASCII only, so <c>ÉLISE@x</c> and
    /// <c>élise@x</c> would be two senders there). The rows of one hour are bounded by the overall limit.</summary>
    public async Task<int> CountRepliesSinceAsync(string recipient, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var key = AddressKey.Of(recipient);
        var recipients = await Db.ListAsync(connection, transaction, "SELECT recipient FROM outbox WHERE created_at >= @since", r => r.GetString(0), cancellationToken, ("@since", Db.Time(since)));
        return recipients.Count(r => AddressKey.Of(r) == key);
    }

    /// <summary>All replies since a time, whoever they went to.</summary>
    public async Task<int> CountAllRepliesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        Convert.ToInt32(
            await Db.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM outbox WHERE created_at >= @since", cancellationToken, ("@since", Db.Time(since))),
            CultureInfo.InvariantCulture);

    /// <summary>The first 64 KB (the headers) of the request's incoming messages from one sender (compared as
    /// <see cref="AddressKey"/>), oldest first, at most 50.</summary>
    public async Task<List<byte[]>> InboundHeadsFromAsync(string requestId, string sender, CancellationToken cancellationToken)
    {
        var key = AddressKey.Of(sender);
        var rows = await Db.ListAsync(
            connection,
            transaction,
            "SELECT sender, substr(raw, 1, 65536) FROM messages WHERE request_id = @r AND direction = 'in' AND sender IS NOT NULL ORDER BY id",
            r => (Sender: r.GetString(0), Head: (byte[])r.GetValue(1)),
            cancellationToken,
            ("@r", requestId));
        return [.. rows.Where(r => AddressKey.Of(r.Sender) == key).Take(50).Select(r => r.Head)];
    }

    public async Task InsertOutboxAsync(string? requestId, string messageId, string recipient, byte[] raw, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO outbox (request_id, message_id, recipient, raw, created_at, next_attempt_at) VALUES (@r, @mid, @to, @raw, @now, @now)",
            cancellationToken,
            ("@r", requestId),
            ("@mid", messageId),
            ("@to", recipient),
            ("@raw", raw),
            ("@now", Db.Time(now)));

    public async Task InsertLedgerAsync(string mailbox, string key, long? uid, long? messageRow, MessageOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO ledger (mailbox, item_key, uid, message_row, outcome, processed_at, moved) VALUES (@m, @k, @uid, @row, @o, @now, 0)",
            cancellationToken,
            ("@m", mailbox),
            ("@k", key),
            ("@uid", uid),
            ("@row", messageRow),
            ("@o", outcome.StoredName()),
            ("@now", Db.Time(now)));
}
