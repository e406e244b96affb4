using System.Globalization;
using MimeKit;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Workflow;

/// <summary>Builds the workflow's replies from <c>templates/{language}/{kind}.liquid</c>: to the customer
/// (operators in Cc, so the thread shows every step) or to operators alone (refusals, usage, alerts).</summary>
public sealed class WorkflowReplyComposer(TemplateRenderer renderer, MailboxAddress from, IReadOnlyList<MailboxAddress> operators, TimeProvider time)
{
    private readonly ReplyEnvelope _envelope = new(from, time);

    public const string Approved = "approved";
    public const string Submitted = "submitted";
    public const string CarrierRejected = "carrier-rejected";
    public const string PortingDateSet = "porting-date-set";
    public const string ConfigureReminder = "configure-reminder";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
    public const string FollowUp = "needs-info-follow-up";
    public const string OperatorRefused = "operator-refused";
    public const string OperatorUsage = "operator-usage";
    public const string OperatorNote = "operator-note";
    public const string ReviewOverdue = "review-overdue";
    public const string CustomerWrote = "customer-wrote";

    public IReadOnlyList<MailboxAddress> Operators => operators;

    public MimeMessage ToCustomer(WorkflowRequest request, string kind, IReadOnlyDictionary<string, object?> extra, ThreadAnchor? anchor, string? reasonsHeader = null)
    {
        var language = request.Language == "fr" ? "fr" : "en";
        var rendered = renderer.Render(kind, language, Model(request, language, extra));
        var reply = _envelope.Build(request.Id, request.State, rendered, anchor, [MailboxAddress.Parse(request.Customer)], operators);
        if (!string.IsNullOrEmpty(reasonsHeader))
        {
            reply.Headers.Add(ReplyHeaders.Reasons, reasonsHeader);
        }

        return reply;
    }

    /// <summary>A message to operators alone, in English (the operators' working language).</summary>
    public MimeMessage ToOperators(WorkflowRequest? request, string requestId, string kind, IReadOnlyDictionary<string, object?> extra, ThreadAnchor? anchor, IReadOnlyList<MailboxAddress> recipients)
    {
        var model = request is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["request_id"] = requestId, ["subject"] = "Port request", ["state"] = "" }
            : Model(request, "en", new Dictionary<string, object?>());
        foreach (var (key, value) in extra)
        {
            model[key] = value;
        }

        var rendered = renderer.Render(kind, "en", model);
        return _envelope.Build(requestId, request?.State, rendered, anchor, recipients, []);
    }

    private static Dictionary<string, object?> Model(WorkflowRequest request, string language, IReadOnlyDictionary<string, object?> extra)
    {
        var fields = VerdictJson.TryRead<RequestFields>(request.FieldsJson);
        var culture = CultureInfo.GetCultureInfo(language == "fr" ? "fr-CA" : "en-CA");
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["request_id"] = request.Id,
            ["subject"] = SafeText.Clean(request.Subject, SafeText.MaxSubject),
            ["state"] = request.State.Name(),
            ["customer"] = request.Customer,
            ["first_name"] = SafeText.Clean(fields?.AuthorizedUser?.FirstName, SafeText.MaxName),
            ["numbers"] = (fields?.Numbers ?? []).Where(n => n.Type == NumberType.Geographic).Select(n => ReplyComposer.FormatNumber(n.Number)).ToList(),
            ["has_porting_date"] = request.PortingDate is not null,
        };
        if (request.PortingDate is { } date)
        {
            model["porting_date"] = date.Date.ToString(language == "fr" ? "dddd d MMMM yyyy" : "dddd, MMMM d, yyyy", culture);
            model["porting_date_iso"] = date.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            model["porting_time"] = date.Time is { } t ? t.ToString(language == "fr" ? "HH' h 'mm" : "HH:mm", CultureInfo.InvariantCulture) : "";
            model["porting_zone"] = PortingTimeZones.Label(date.TimeZoneId, language);
        }

        foreach (var (key, value) in extra)
        {
            model[key] = value;
        }

        return model;
    }
}
