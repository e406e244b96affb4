using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Storage;

/// <summary>One stored message whose personal data is due to go, and why.</summary>
public sealed record PurgeCandidate(long MessageRow, string? RequestId, string Direction, string Reason, DateTimeOffset At, string? MessageId = null);

/// <summary>What finds an incoming due message's mailbox copies: its Message-ID, its ledger keys in the local
/// mailbox (a file's SHA-256), and another stored message with the same Message-ID that is not due yet, if any.</summary>
public sealed record CopyLookup(long MessageRow, string? MessageId, IReadOnlyList<string> LocalKeys, long? SharedWithKeptRow);

/// <summary>The retention SQL: which messages are due, and blanking them. A purged message keeps its row
/// (sender, subject, outcome, date: the audit trail) with an empty <c>raw</c>; documents keep their kind and
/// unreadable reason but lose their fields; the request's verdicts and transitions are not touched.</summary>
public sealed class RetentionStore(DaemonStore store, ILogger<RetentionStore> logger)
{
    private const string Due =
        """
        SELECT m.id, m.request_id, m.direction, 'request ' || r.state, m.created_at, m.message_id
          FROM messages m JOIN port_requests r ON r.id = m.request_id
         WHERE length(m.raw) > 0
           AND ((r.state IN ('completed', 'cancelled') AND r.updated_at < @closed)
             OR (r.state = 'needs-info' AND r.updated_at < @needsInfo))
        UNION ALL
        SELECT m.id, m.request_id, m.direction, 'unanswered ' || m.outcome, m.created_at, m.message_id
          FROM messages m
         WHERE length(m.raw) > 0 AND m.outcome IN ('ignored', 'rate-limited', 'duplicate') AND m.created_at < @unanswered
           AND m.id NOT IN (SELECT x.id FROM messages x JOIN port_requests r ON r.id = x.request_id
                             WHERE (r.state IN ('completed', 'cancelled') AND r.updated_at < @closed)
                                OR (r.state = 'needs-info' AND r.updated_at < @needsInfo))
        UNION ALL
        SELECT m.id, m.request_id, m.direction, 'unattached ' || m.outcome, m.created_at, m.message_id
          FROM messages m
         WHERE length(m.raw) > 0 AND m.request_id IS NULL AND m.outcome IN ('failed', 'quarantined') AND m.created_at < @unattached
        ORDER BY 1
        """;

    /// <summary>The messages past their period as of <paramref name="now"/>.</summary>
    public async Task<List<PurgeCandidate>> DueAsync(RetentionOptions periods, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        await using var connection = await store.OpenAsync(cancellationToken);
        return await Db.ListAsync(
            connection,
            null,
            Due,
            r => new PurgeCandidate(r.GetInt64(0), Db.NullableString(r, 1), r.GetString(2), r.GetString(3), DateTimeOffset.Parse(r.GetString(4), System.Globalization.CultureInfo.InvariantCulture), Db.NullableString(r, 5)),
            cancellationToken,
            ("@closed", Db.Time(now.AddDays(-periods.ClosedRequestDays))),
            ("@needsInfo", Db.Time(now.AddDays(-periods.NeedsInfoDays))),
            ("@unanswered", Db.Time(now.AddDays(-periods.UnansweredMailDays))),
            ("@unattached", Db.Time(now.AddDays(-periods.UnattachedMailDays))));
    }

    /// <summary>The incoming messages among <paramref name="due"/>, with what finds their copies: a copy must stay
    /// while another stored message with the same Message-ID (seen again as a duplicate) is not due, as erasing
    /// by Message-ID would take that one's copy too.</summary>
    public async Task<List<CopyLookup>> CopyLookupsAsync(IReadOnlyCollection<PurgeCandidate> due, string localMailbox, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var dueRows = due.Select(c => c.MessageRow).ToHashSet();
        var lookups = new List<CopyLookup>();
        foreach (var candidate in due.Where(c => c.Direction == "in"))
        {
            long? shared = null;
            if (!string.IsNullOrEmpty(candidate.MessageId))
            {
                var same = await Db.ListAsync(connection, null, "SELECT id FROM messages WHERE direction = 'in' AND message_id = @id AND length(raw) > 0", r => r.GetInt64(0), cancellationToken, ("@id", candidate.MessageId));
                shared = same.Where(row => !dueRows.Contains(row)).Select(row => (long?)row).FirstOrDefault();
            }

            var keys = await Db.ListAsync(connection, null, "SELECT item_key FROM ledger WHERE message_row = @m AND mailbox = @local", r => r.GetString(0), cancellationToken, ("@m", candidate.MessageRow), ("@local", localMailbox));
            lookups.Add(new CopyLookup(candidate.MessageRow, candidate.MessageId, keys, shared));
        }

        return lookups;
    }

    /// <summary>The Message-IDs of sent replies of these requests (the local outbox names its files after them).</summary>
    public async Task<List<string>> SentReplyIdsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        var ids = new List<string>();
        foreach (var request in requestIds)
        {
            ids.AddRange(await Db.ListAsync(connection, null, "SELECT message_id FROM outbox WHERE request_id = @r AND sent_at IS NOT NULL", r => r.GetString(0), cancellationToken, ("@r", request)));
        }

        return ids;
    }

    /// <summary>Blanks the messages' raw bytes and documents' fields, and the requests' sent replies, in one transaction.</summary>
    public async Task PurgeAsync(IReadOnlyCollection<PurgeCandidate> candidates, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            await Db.ExecuteAsync(connection, transaction, "UPDATE messages SET raw = @empty WHERE id = @m", cancellationToken, ("@empty", Array.Empty<byte>()), ("@m", candidate.MessageRow));
            await Db.ExecuteAsync(connection, transaction, "UPDATE documents SET fields_json = '{}' WHERE message_row = @m", cancellationToken, ("@m", candidate.MessageRow));
        }

        foreach (var request in candidates.Select(c => c.RequestId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            // Only replies already sent: one still waiting must still go out.
            await Db.ExecuteAsync(connection, transaction, "UPDATE outbox SET raw = @empty WHERE request_id = @r AND sent_at IS NOT NULL", cancellationToken, ("@empty", Array.Empty<byte>()), ("@r", request));
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Retention purged {Count} stored messages", candidates.Count);
    }
}
