using System.Globalization;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;
using static PortMailBot.Web.Localization.ConsoleText;

namespace PortMailBot.Web.Pages;

/// <summary>Ages and the review SLA's countdown, counted as the workflow's timers count them: business days
/// in the porting team's time zone, from the last change of state.</summary>
public sealed class QueueClock(TimeProvider time, BusinessCalendar calendar, IOptions<WorkflowOptions> workflow)
{
    public QueueRow Row(WorkflowRequest request)
    {
        var now = time.GetUtcNow();
        var age = now - request.UpdatedAt;
        var ageText = age.TotalHours < 48
            ? age.TotalHours.ToString("0.#", CultureInfo.CurrentCulture) + " " + T("hours")
            : age.TotalDays.ToString("0.#", CultureInfo.CurrentCulture) + " " + T("days");
        var sla = "";
        var overdue = false;
        if (request.State == PortState.InReview)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(PortingTimeZones.Eastern);
            var waited = calendar.BusinessDaysBetween(TimeZoneInfo.ConvertTime(request.UpdatedAt, zone).DateTime, TimeZoneInfo.ConvertTime(now, zone).DateTime);
            var left = workflow.Value.ReviewSlaBusinessDays - waited;
            overdue = left < 0;
            sla = overdue
                ? T("overdue by") + " " + (-left).ToString("0.#", CultureInfo.CurrentCulture) + " " + T("business days")
                : left.ToString("0.#", CultureInfo.CurrentCulture) + " " + T("business days left");
        }

        return new QueueRow(request.Id, request.State.Name(), request.Customer, Numbers(request.FieldsJson), ageText, sla, overdue);
    }

    public static IReadOnlyList<string> Numbers(string? fieldsJson) =>
        VerdictJson.TryRead<RequestFields>(fieldsJson)?.Numbers.Select(n => n.Number).ToList() ?? [];
}
