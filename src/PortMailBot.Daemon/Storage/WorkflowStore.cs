using System.Data.Common;
using System.Globalization;

namespace PortMailBot.Daemon.Storage;

/// <summary>The workflow's reads and writes, inside a <see cref="StoreTransaction"/> so that a change of
/// state, its history entry and the reply it sends commit together.</summary>
public static class WorkflowStore
{
    private const string RequestColumns =
        "id, customer, subject, language, state, created_at, updated_at, reasons, fields_json, porting_date, porting_time, porting_zone";

    public static async Task<WorkflowRequest?> FindWorkflowRequestAsync(this StoreTransaction store, string id, CancellationToken cancellationToken)
    {
        var list = await Db.ListAsync(store.Connection, store.Transaction, $"SELECT {RequestColumns} FROM port_requests WHERE id = @id", ReadRequest, cancellationToken, ("@id", id));
        return list.Count == 0 ? null : list[0];
    }

    /// <summary>Locks the request's row until the transaction ends; false when there is no such request. A
    /// no-op update, because it is the one row lock both providers take the same way (PostgreSQL's row lock;
    /// SQLite's write lock on the file).</summary>
    public static async Task<bool> LockRequestAsync(this StoreTransaction store, string id, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(store.Connection, store.Transaction, "UPDATE port_requests SET state = state WHERE id = @id", cancellationToken, ("@id", id)) == 1;

    /// <summary>Requests, newest first, optionally only those in one of <paramref name="states"/>.</summary>
    public static async Task<List<WorkflowRequest>> ListRequestsAsync(this StoreTransaction store, IReadOnlyCollection<PortState>? states, int max, CancellationToken cancellationToken)
    {
        var wanted = (states ?? []).Distinct().Select(PortStates.Name).ToList();
        var parameters = wanted.Select((state, i) => ("@s" + i.ToString(CultureInfo.InvariantCulture), (object?)state)).Append(("@max", max)).ToArray();
        var where = wanted.Count == 0 ? "" : "WHERE state IN (" + string.Join(", ", parameters.SkipLast(1).Select(p => p.Item1)) + ") ";
        return await Db.ListAsync(
            store.Connection,
            store.Transaction,
            $"SELECT {RequestColumns} FROM port_requests {where}ORDER BY created_at DESC, id DESC LIMIT @max",
            ReadRequest,
            cancellationToken,
            parameters);
    }

    /// <summary>Sets the state (and the porting date when given) and records the transition.</summary>
    public static async Task RecordTransitionAsync(
        this StoreTransaction store,
        string requestId,
        WorkflowActor actor,
        WorkflowAction action,
        PortState? fromState,
        PortState toState,
        string? reason,
        string? detail,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (fromState is not null && fromState != toState)
        {
            await Db.ExecuteAsync(store.Connection, store.Transaction, "UPDATE port_requests SET state = @s, updated_at = @now WHERE id = @id", cancellationToken, ("@s", toState.Name()), ("@now", Db.Time(now)), ("@id", requestId));
        }

        await Db.ExecuteAsync(
            store.Connection,
            store.Transaction,
            "INSERT INTO transitions (request_id, at, actor, via, action, from_state, to_state, reason, detail) VALUES (@r, @at, @actor, @via, @action, @from, @to, @reason, @detail)",
            cancellationToken,
            ("@r", requestId),
            ("@at", Db.Time(now)),
            ("@actor", actor.Name),
            ("@via", actor.Via),
            ("@action", action.Name()),
            ("@from", fromState?.Name()),
            ("@to", toState.Name()),
            ("@reason", reason),
            ("@detail", detail));
    }

    public static async Task SetPortingDateAsync(this StoreTransaction store, string requestId, PortingDate date, CancellationToken cancellationToken) =>
        await Db.ExecuteAsync(
            store.Connection,
            store.Transaction,
            "UPDATE port_requests SET porting_date = @d, porting_time = @t, porting_zone = @z WHERE id = @id",
            cancellationToken,
            ("@d", date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@t", date.Time?.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ("@z", date.TimeZoneId),
            ("@id", requestId));

    public static async Task<List<TransitionRecord>> TransitionsAsync(this StoreTransaction store, string requestId, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT id, request_id, at, actor, via, action, from_state, to_state, reason, detail FROM transitions WHERE request_id = @r ORDER BY id",
            r => new TransitionRecord(
                r.GetInt64(0), r.GetString(1), Db.ParseTime(r.GetString(2)), r.GetString(3), r.GetString(4), WorkflowActions.Parse(r.GetString(5)),
                PortStates.ParseNullable(Db.NullableString(r, 6)), PortStates.Parse(r.GetString(7)), Db.NullableString(r, 8), Db.NullableString(r, 9)),
            cancellationToken,
            ("@r", requestId));

    /// <summary>The newest message of the request's thread (in or out) with a Message-ID, to reply under.</summary>
    public static async Task<(string MessageId, string? References)?> ThreadAnchorAsync(this StoreTransaction store, string requestId, CancellationToken cancellationToken)
    {
        var list = await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT message_id, thread_references FROM messages WHERE request_id = @r AND message_id IS NOT NULL AND message_id <> '' ORDER BY id DESC LIMIT 1",
            r => (r.GetString(0), Db.NullableString(r, 1)),
            cancellationToken,
            ("@r", requestId));
        return list.Count == 0 ? null : list[0];
    }

    /// <summary>The messages of a request (for <c>requests show</c>): when, which way, who, subject.</summary>
    public static async Task<List<(DateTimeOffset At, string Direction, string? Sender, string? Recipients, string? Subject, string Outcome)>> MessagesOfAsync(this StoreTransaction store, string requestId, CancellationToken cancellationToken) =>
        await Db.ListAsync(
            store.Connection,
            store.Transaction,
            "SELECT created_at, direction, sender, recipients, subject, outcome FROM messages WHERE request_id = @r ORDER BY id",
            r => (Db.ParseTime(r.GetString(0)), r.GetString(1), Db.NullableString(r, 2), Db.NullableString(r, 3), Db.NullableString(r, 4), r.GetString(5)),
            cancellationToken,
            ("@r", requestId));

    private static WorkflowRequest ReadRequest(DbDataReader r)
    {
        PortingDate? date = null;
        if (!r.IsDBNull(9) && DateOnly.TryParseExact(r.GetString(9), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            TimeOnly? time = !r.IsDBNull(10) && TimeOnly.TryParseExact(r.GetString(10), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
            date = new PortingDate(day, time, Db.NullableString(r, 11) ?? PortingDate.DefaultTimeZoneId);
        }

        return new WorkflowRequest(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), PortStates.Parse(r.GetString(4)),
            Db.ParseTime(r.GetString(5)), Db.ParseTime(r.GetString(6)), r.GetString(7), Db.NullableString(r, 8), date);
    }
}
