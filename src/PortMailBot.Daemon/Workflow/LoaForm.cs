using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Replies;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Workflow;

/// <summary>The Letter of Authorization form, prefilled with what the request gives (authorized user, service
/// address, numbers, account number, account SID), rendered as a PDF from <c>templates/{language}/loa-form.liquid</c>
/// and attached to a needs-info reply when the LOA is missing or unsigned, for the customer to sign and return.</summary>
public sealed class LoaForm(TemplateRenderer renderer, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<LoaForm> logger)
{
    public const string Kind = "loa-form";
    private const double FontSize = 10.5;
    private const double Leading = 15;
    private const double Margin = 60;
    private const int MaxCharsPerLine = 92;

    /// <summary>Adds the prefilled form to <paramref name="reply"/> when the request lacks a signed LOA.</summary>
    /// <returns>Whether the form was attached.</returns>
    public bool AttachIfNeeded(MimeMessage reply, string requestId, IntakeResult result)
    {
        var reasons = result.Verdict.Reasons;
        if (!options.Value.AttachLoaForm || !(reasons.Contains(ReasonCode.LoaMissing) || reasons.Contains(ReasonCode.LoaUnsigned)))
        {
            return false;
        }

        var language = result.Request.Language == "fr" ? "fr" : "en";
        byte[] pdf;
        try
        {
            pdf = Render(language, Model(requestId, result));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or FormatException)
        {
            // The reply matters more than the form: it goes without it.
            logger.LogError("Request {RequestId}: the LOA form could not be rendered, the reply goes without it: {Error}", requestId, ex.Message);
            return false;
        }

        var attachment = new MimePart("application", "pdf")
        {
            Content = new MimeContent(new MemoryStream(pdf, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = (language == "fr" ? "lettre-autorisation-" : "letter-of-authorization-") + requestId + ".pdf",
        };
        var mixed = new Multipart("mixed");
        if (reply.Body is { } body)
        {
            mixed.Add(body);
        }

        mixed.Add(attachment);
        reply.Body = mixed;
        return true;
    }

    public Dictionary<string, object?> Model(string requestId, IntakeResult result)
    {
        var request = result.Request;
        var fromDocuments = result.Documents.SelectMany(d => d.WithEnclosed()).Where(d => d.Unreadable is null && d.Kind is DocumentKind.Csr or DocumentKind.Bill or DocumentKind.Loa);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["request_id"] = requestId,
            ["authorized_user"] = request.AuthorizedUser?.FullName ?? "",
            ["service_address"] = ReplyComposer.FormatAddress(request.ServiceAddress) ?? "",
            ["numbers"] = result.Verdict.Numbers.Where(n => n.Type == "geographic").Select(n => ReplyComposer.FormatNumber(n.Number)).ToList(),
            ["account_number"] = fromDocuments.Select(d => d.AccountNumber).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)) ?? "",
            ["account_sid"] = result.Verdict.AccountSid ?? request.AccountSid ?? "",
            ["carrier"] = "",
            ["today"] = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Renders the template to a one- or two-page Letter PDF; a line <c>___</c>-only becomes a rule to sign on.</summary>
    public byte[] Render(string language, IReadOnlyDictionary<string, object?> model)
    {
        var rendered = renderer.Render(Kind, language, model);
        var pdf = new LetterPdf();
        var top = LetterPdf.Height - Margin;
        var y = top;
        pdf.AddText(rendered.Subject, 15, Margin, y, bold: true);
        y -= Leading * 2;
        foreach (var line in rendered.TextBody.Split('\n').SelectMany(Wrap))
        {
            if (y < Margin)
            {
                pdf.AddPage();
                y = top;
            }

            if (line.Trim().Length >= 3 && line.Trim().All(c => c == '_'))
            {
                pdf.AddRule(Margin, Margin + 260, y, 0.7);
            }
            else if (line.Length > 0)
            {
                var isHeading = line.EndsWith(':') && line.Length < 60;
                pdf.AddText(line, FontSize, Margin, y, isHeading);
            }

            y -= Leading;
        }

        return pdf.ToArray();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        while (line.Length > MaxCharsPerLine)
        {
            var cut = line.LastIndexOf(' ', MaxCharsPerLine);
            if (cut <= 0)
            {
                cut = MaxCharsPerLine;
            }

            yield return line[..cut];
            line = "    " + line[cut..].TrimStart();
        }

        yield return line;
    }
}
