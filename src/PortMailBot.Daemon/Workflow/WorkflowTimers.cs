using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The workflow's clock-driven steps, on <see cref="TimeProvider"/> so tests move a fake clock:
/// the review SLA alert, the configure-Voice-and-SMS reminder before the porting date, the needs-info
/// follow-up and the closing of abandoned requests. Each step happens once per waiting period, because
/// it is recorded in the history and looked up there.</summary>
public sealed class WorkflowTimers(
    DaemonStore store,
    WorkflowEngine engine,
    BusinessCalendar calendar,
    IOptions<WorkflowOptions> options,
    TimeProvider time,
    ILogger<WorkflowTimers> logger)
{
    private static readonly WorkflowAction[] NotActivity = [WorkflowAction.FollowUp, WorkflowAction.Note, WorkflowAction.ReviewOverdue, WorkflowAction.CustomerMessage];
    private readonly WorkflowOptions _options = options.Value;

    /// <summary>Takes every step due now. Nothing happens on a weekend or a statutory holiday (Eastern time):
    /// no reminder, follow-up or alert goes out then; what fell due goes out the next business day.</summary>
    /// <returns>How many steps were taken.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var eastern = TimeZoneInfo.FindSystemTimeZoneById(PortingTimeZones.Eastern);
        if (!calendar.IsBusinessDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), eastern).DateTime)))
        {
            logger.LogDebug("Workflow timers: not a business day in Canada (Eastern time); nothing sent");
            return 0;
        }

        List<WorkflowRequest> candidates;
        await using (var read = await store.BeginAsync(cancellationToken))
        {
            candidates = await read.ListRequestsAsync([PortState.InReview, PortState.NeedsInfo, PortState.PortingDateSet], int.MaxValue, cancellationToken);
            await read.CommitAsync(cancellationToken);
        }

        var taken = 0;
        foreach (var candidate in candidates)
        {
            try
            {
                taken += await StepAsync(candidate.Id, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One request's problem must not hold back the others' reminders.
                logger.LogError(ex, "Workflow timers: request {RequestId} failed; the others go on", candidate.Id);
            }
        }

        if (taken > 0)
        {
            logger.LogInformation("Workflow timers took {Count} steps", taken);
        }

        return taken;
    }

    private async Task<bool> StepAsync(string id, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(cancellationToken);

        // The step is claimed by locking the request's row until the commit: another instance's timers (or an
        // operator's command) on the same request wait here, then read the history with this step in it, so a
        // step due once is taken once across instances.
        if (!await transaction.LockRequestAsync(id, cancellationToken))
        {
            return false;
        }

        var request = await transaction.FindWorkflowRequestAsync(id, cancellationToken);
        if (request is null)
        {
            return false;
        }

        var taken = false;
        var history = await transaction.TransitionsAsync(request.Id, cancellationToken);
        if (Due(request, history, time.GetUtcNow()) is { } step)
        {
            taken = (await engine.ApplyAsync(transaction, request.Id, step, WorkflowActor.Scheduler, null, null, cancellationToken)).Accepted;
        }

        await transaction.CommitAsync(cancellationToken);
        return taken;
    }

    /// <summary>The step due now for a request, if any.</summary>
    public OperatorCommand? Due(WorkflowRequest request, IReadOnlyList<TransitionRecord> history, DateTimeOffset now)
    {
        switch (request.State)
        {
            case PortState.InReview:
            {
                var since = history.LastOrDefault(t => t.ToState == PortState.InReview && t.FromState != PortState.InReview)?.At ?? request.CreatedAt;
                if (history.Any(t => t.Action == WorkflowAction.ReviewOverdue && t.At >= since))
                {
                    return null;
                }

                var zone = TimeZoneInfo.FindSystemTimeZoneById(PortingTimeZones.Eastern);
                var waited = calendar.BusinessDaysBetween(TimeZoneInfo.ConvertTime(since, zone).DateTime, TimeZoneInfo.ConvertTime(now, zone).DateTime);
                return waited > _options.ReviewSlaBusinessDays
                    ? new OperatorCommand(WorkflowAction.ReviewOverdue, waited.ToString("0.#", CultureInfo.InvariantCulture) + " business days")
                    : null;
            }

            case PortState.NeedsInfo:
            {
                var since = history.LastOrDefault(t => t.ToState == PortState.NeedsInfo && !NotActivity.Contains(t.Action))?.At ?? request.CreatedAt;
                var waited = now - since;
                if (waited >= TimeSpan.FromDays(_options.AbandonAfterDays))
                {
                    return new OperatorCommand(WorkflowAction.Abandoned, $"no answer for {_options.AbandonAfterDays} days");
                }

                return waited >= TimeSpan.FromDays(_options.NeedsInfoFollowUpDays) && !history.Any(t => t.Action == WorkflowAction.FollowUp && t.At >= since)
                    ? new OperatorCommand(WorkflowAction.FollowUp)
                    : null;
            }

            case PortState.PortingDateSet when request.PortingDate is { } date:
            {
                var since = history.LastOrDefault(t => t.Action == WorkflowAction.CarrierApproved)?.At ?? request.UpdatedAt;
                if (history.Any(t => t.Action == WorkflowAction.ConfigureReminder && t.At >= since))
                {
                    return null;
                }

                var zone = TimeZoneInfo.FindSystemTimeZoneById(date.TimeZoneId);
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
                var remindFrom = calendar.AddBusinessDays(date.Date, -_options.ConfigureReminderBusinessDays);
                return today >= remindFrom && now < date.Instant
                    ? new OperatorCommand(WorkflowAction.ConfigureReminder)
                    : null;
            }

            default:
                return null;
        }
    }
}
