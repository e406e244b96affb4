using System.Globalization;
using System.Text;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>What the <c>requests</c> command line does, on the daemon's database: list, show the whole
/// history, and apply an operator action through the same <see cref="WorkflowEngine"/> as mail, so the
/// customer gets the same replies; the replies are sent at once (or left to the daemon when SMTP is down).</summary>
public sealed class WorkflowOperations(DaemonStore store, WorkflowEngine engine, IOutboxSignal outbox)
{
    public Task<List<WorkflowRequest>> ListAsync(IReadOnlyCollection<PortState> states, int max, CancellationToken cancellationToken) =>
        store.ReadAsync(transaction => transaction.ListRequestsAsync(states, max, cancellationToken), cancellationToken);

    public static string FormatList(IReadOnlyList<WorkflowRequest> requests)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"ID",-16} {"STATE",-21} {"LANG",-4} {"UPDATED (UTC)",-17} {"PORTING DATE",-12} CUSTOMER");
        foreach (var r in requests)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{r.Id,-16} {r.State.Name(),-21} {r.Language,-4} {r.UpdatedAt.UtcDateTime,-17:yyyy-MM-dd HH:mm} {r.PortingDate?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-12} {r.Customer}");
        }

        return text.ToString();
    }

    /// <returns>The request's details and its whole history, or null when there is no such request.</returns>
    public async Task<string?> ShowAsync(string id, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);
        var request = await transaction.FindWorkflowRequestAsync(id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var history = await transaction.TransitionsAsync(id, cancellationToken);
        var messages = await transaction.MessagesOfAsync(id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Request   {request.Id}");
        text.AppendLine(CultureInfo.InvariantCulture, $"State     {request.State.Name()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Customer  {request.Customer} ({request.Language})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Subject   {request.Subject}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Created   {request.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");
        if (request.Reasons.Length > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Reasons   {request.Reasons}");
        }

        if (request.PortingDate is { } date)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Porting   {date.Date:yyyy-MM-dd}{(date.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")} {date.TimeZoneId}");
        }

        text.AppendLine();
        text.AppendLine("History (UTC):");
        foreach (var t in history)
        {
            var change = t.FromState is not { } from ? $"-> {t.ToState.Name()}" : from == t.ToState ? $"({t.ToState.Name()})" : $"{from.Name()} -> {t.ToState.Name()}";
            var why = string.Join("; ", new[] { t.Detail, t.Reason }.Where(s => !string.IsNullOrWhiteSpace(s)));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {t.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {t.Action.Name(),-18} {change,-40} by {t.Actor} ({t.Via}){(why.Length > 0 ? ": " + why : "")}");
        }

        text.AppendLine();
        text.AppendLine("Messages (UTC):");
        foreach (var m in messages)
        {
            var who = m.Direction == "in" ? "from " + m.Sender : "to " + m.Recipients;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {m.At.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {m.Direction,-3} {m.Outcome,-12} {who}  {m.Subject}");
        }

        return text.ToString();
    }

    /// <summary>Applies an action from the command line and sends its reply.</summary>
    /// <returns>The outcome, and how many replies still wait (SMTP down: the daemon retries them).</returns>
    public Task<(WorkflowOutcome Outcome, int Unsent)> ApplyAsync(string id, OperatorCommand command, string operatorName, CancellationToken cancellationToken) =>
        ApplyAsync(id, command, new WorkflowActor(operatorName, WorkflowActor.ViaCli), cancellationToken);

    /// <summary>Applies an action taken outside the thread (the command line, the web console) and sends its reply:
    /// the same engine, records and replies as a command by mail.</summary>
    public async Task<(WorkflowOutcome Outcome, int Unsent)> ApplyAsync(string id, OperatorCommand command, WorkflowActor actor, CancellationToken cancellationToken)
    {
        WorkflowOutcome outcome;
        await using (var transaction = await store.BeginAsync(cancellationToken))
        {
            outcome = await engine.ApplyAsync(transaction, id, command, actor, null, null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var unsent = outcome.Accepted ? await outbox.RepliesQueuedAsync(urgent: true, cancellationToken) : 0;
        return (outcome, unsent);
    }
}
