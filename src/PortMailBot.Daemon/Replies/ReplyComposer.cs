using System.Globalization;
using MimeKit;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Replies;

/// <summary>Builds the reply to one checked message: the template's subject and text, an HTML part,
/// the threading headers and the headers operators filter on. Its Message-ID is fixed here, before it
/// is stored in the outbox.</summary>
public sealed class ReplyComposer(TemplateRenderer renderer, MailboxAddress from, IReadOnlyList<MailboxAddress> operators, int billMaxAgeDays, TimeProvider time)
{
    private readonly ReplyEnvelope _envelope = new(from, time);

    public const string ReceivedKind = "received";
    public const string NeedsInfoKind = "needs-info";

    public MimeMessage Compose(string requestId, MimeMessage incoming, MailboxAddress customer, IntakeResult result, DateOnly asOf)
    {
        var accepted = result.Verdict.Accepted;
        var language = result.Request.Language == "fr" ? "fr" : "en";
        var kind = accepted ? ReceivedKind : NeedsInfoKind;
        var rendered = renderer.Render(kind, language, Model(requestId, incoming, result, asOf));

        var reply = _envelope.Build(
            requestId,
            accepted ? PortState.InReview : PortState.NeedsInfo,
            rendered,
            ThreadAnchor.Of(incoming),
            // The display name is the sender's text: cleaned like a subject (no bidi overrides, no controls).
            [new MailboxAddress(SafeText.Clean(customer.Name, SafeText.MaxName), customer.Address)],
            operators);
        if (result.Verdict.Reasons.Count > 0)
        {
            reply.Headers.Add(ReplyHeaders.Reasons, string.Join(",", result.Verdict.Reasons));
        }

        // Fields no document let the engine confirm ("bill:name"): the reviewing operator checks them by eye.
        if (result.Verdict.Unconfirmed.Any())
        {
            reply.Headers.Add(ReplyHeaders.Unconfirmed, string.Join(",", result.Verdict.Unconfirmed.Select(f => f.DocumentKind + ":" + f.Field)));
        }

        return reply;
    }

    /// <summary>The subject without reply prefixes or an earlier request tag, cleaned and cut (see <see cref="SafeText"/>),
    /// for the template to build on and the database to keep.</summary>
    public static string BaseSubject(string? subject)
    {
        var text = RequestIds.SubjectTag().Replace(SafeText.Clean(subject, SafeText.MaxSubject), "").Trim();
        while (true)
        {
            var match = RequestIds.ReplyPrefix().Match(text);
            if (!match.Success)
            {
                break;
            }

            text = text[match.Length..].TrimStart();
        }

        return text.Length == 0 ? "Port request" : text;
    }

    private Dictionary<string, object?> Model(string requestId, MimeMessage incoming, IntakeResult result, DateOnly asOf)
    {
        var verdict = result.Verdict;
        var request = result.Request;
        var numbersOf = (string type) => verdict.Numbers.Where(n => n.Type == type).Select(n => FormatNumber(n.Number)).ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["request_id"] = requestId,
            ["subject"] = BaseSubject(incoming.Subject),
            ["first_name"] = SafeText.Clean(request.AuthorizedUser?.FirstName, SafeText.MaxName),
            ["accepted"] = verdict.Accepted,
            ["numbers"] = numbersOf("geographic"),
            ["toll_free"] = numbersOf("toll-free"),
            ["non_canadian"] = numbersOf("non-canadian"),
            ["invalid"] = numbersOf("invalid"),
            ["bill_max_age_days"] = billMaxAgeDays,
            // What blocks the request first, then what is only advice.
            ["reasons"] = verdict.Reasons.OrderBy(code => ReasonCode.IsBlocking(code) ? 0 : 1).Select(code => Reason(code, result, asOf)).ToList(),
            ["blocking_count"] = verdict.Reasons.Count(ReasonCode.IsBlocking),
            ["unconfirmed"] = verdict.Unconfirmed.Select(f => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = f.DocumentKind,
                ["field"] = f.Field,
                ["documents"] = string.Join(", ", f.Documents),
            }).ToList(),
        };
    }

    private Dictionary<string, object?> Reason(string code, IntakeResult result, DateOnly asOf)
    {
        string? requested = null;
        string? found = null;
        var kind = code.Split('-')[0] switch
        {
            "loa" => DocumentKind.Loa,
            "csr" => DocumentKind.Csr,
            "bill" => DocumentKind.Bill,
            _ => (DocumentKind?)null,
        };
        var documents = kind is { } k ? result.Documents.SelectMany(d => d.WithEnclosed()).Where(d => d.Kind == k && d.Unreadable is null).ToList() : [];
        if (code.EndsWith("-name-mismatch", StringComparison.Ordinal))
        {
            requested = result.Request.AuthorizedUser?.FullName;
            found = JoinOrNull(documents.SelectMany(d => d.Names).Distinct(StringComparer.OrdinalIgnoreCase));
        }
        else if (code.EndsWith("-address-mismatch", StringComparison.Ordinal))
        {
            requested = FormatAddress(result.Request.ServiceAddress);
            found = JoinOrNull(documents.Select(d => FormatAddress(d.ServiceAddress)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
        }
        else if (code.EndsWith("-numbers-mismatch", StringComparison.Ordinal))
        {
            var shown = documents.SelectMany(d => d.PhoneNumbers).ToHashSet(StringComparer.Ordinal);
            requested = JoinOrNull(result.Verdict.Numbers.Where(n => n.Type == "geographic" && !shown.Contains(n.Number)).Select(n => FormatNumber(n.Number)));
            found = JoinOrNull(shown.Order(StringComparer.Ordinal).Select(FormatNumber));
        }
        else if (code == ReasonCode.BillTooOld)
        {
            found = documents.Max(d => d.StatementDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            requested = asOf.AddDays(-billMaxAgeDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else if (code == ReasonCode.AttachmentUnreadable)
        {
            found = JoinOrNull(result.Message.UnreadableAttachments.Select(u => u.FileName)
                .Concat(result.Documents.Where(d => d.Unreadable is not null).Select(d => $"{d.FileName} ({d.Unreadable})"))
                .Concat(result.Documents.Where(d => d.Unreadable is null && d.PagesNotReadReason is not null).Select(d => $"{d.FileName} ({d.PagesNotReadReason})")));
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            ["blocking"] = ReasonCode.IsBlocking(code),
            ["requested"] = requested is null ? null : SafeText.Clean(requested, SafeText.MaxSubject),
            ["found"] = found is null ? null : SafeText.Clean(found, SafeText.MaxSubject),
        };
    }

    private static string? JoinOrNull(IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    public static string? FormatAddress(PostalAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        var cityLine = string.Join(" ", new[] { address.City, address.Province, address.PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { address.Line1, address.Line2, cityLine }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    public static string FormatNumber(string e164) =>
        e164.Length == 12 && e164.StartsWith("+1", StringComparison.Ordinal) && e164[1..].All(char.IsAsciiDigit)
            ? $"({e164[2..5]}) {e164[5..8]}-{e164[8..]}"
            : e164;
}
