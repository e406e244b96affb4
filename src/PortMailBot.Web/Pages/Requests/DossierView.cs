using MimeKit;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;
using PortMailBot.Web.Evidence;

namespace PortMailBot.Web.Pages.Requests;

/// <summary>Turns a stored dossier into the request page: parses what was stored as JSON and the raw messages,
/// never trusting either (a value that does not parse is left out, not a crash).</summary>
public sealed class DossierView(PageImages images)
{
    private const int MaxMessageText = 8000;

    public async Task<DossierPage> BuildAsync(RequestDossier dossier, CancellationToken cancellationToken)
    {
        var verdict = VerdictJson.TryRead<Verdict>(dossier.VerdictJson);
        var documents = new List<DocumentView>();
        foreach (var stored in dossier.Documents)
        {
            documents.Add(await DocumentAsync(dossier.Request.Id, stored, cancellationToken));
        }

        return new DossierPage(
            dossier.Request,
            VerdictJson.TryRead<RequestFields>(dossier.Request.FieldsJson),
            verdict?.Decision,
            verdict?.Reasons ?? (dossier.Request.Reasons.Length > 0 ? dossier.Request.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []),
            documents,
            [.. dossier.Messages.Select(Message)],
            dossier.History,
            [.. WorkflowActions.OperatorActions.Where(a => StateMachine.Decide(dossier.Request.State, a).Allowed)]);
    }

    private async Task<DocumentView> DocumentAsync(string requestId, DossierDocument stored, CancellationToken cancellationToken)
    {
        var read = VerdictJson.TryRead<ExtractedDocument>(stored.FieldsJson);
        var pages = new List<EvidencePage>();
        foreach (var group in (read?.Sources ?? []).GroupBy(s => s.Page).OrderBy(g => g.Key))
        {
            if (await images.GetAsync(requestId, stored.Id, group.Key, cancellationToken) is not { } image)
            {
                continue;
            }

            var marks = group.SelectMany(s => s.Boxes.Select(b => new EvidenceMark(s.Field, s.Value, b.Left, b.Top, b.Width, b.Height))).ToList();
            pages.Add(new EvidencePage(group.Key, $"/requests/{Uri.EscapeDataString(requestId)}/documents/{stored.Id}/pages/{group.Key}.png", image.Width, image.Height, marks));
        }

        return new DocumentView(
            stored.Id,
            stored.FileName,
            stored.Kind,
            stored.Ocr,
            stored.Unreadable,
            read?.Names ?? [],
            [.. (read?.Addresses ?? []).Select(a => string.Join(", ", new[] { a.Line1, a.Line2, a.City, a.Province, a.PostalCode }.Where(p => !string.IsNullOrWhiteSpace(p))))],
            [.. (read?.PhoneNumbers ?? []).Concat((read?.ListedNumbers ?? []).Select(n => n.Number)).Distinct(StringComparer.Ordinal)],
            read?.Signed,
            read?.StatementDate,
            pages);
    }

    private static MessageView Message(DossierMessage message)
    {
        var text = "";
        try
        {
            using var stream = new MemoryStream(message.Raw.ToArray(), writable: false);
            var mime = MimeMessage.Load(stream);
            text = mime.TextBody ?? "";
        }
        catch (FormatException)
        {
        }

        if (text.Length > MaxMessageText)
        {
            text = text[..MaxMessageText] + " …";
        }

        var who = message.Direction == "in" ? message.Sender ?? "" : message.Recipients ?? "";
        return new MessageView(message.At, message.Direction, who, message.Subject ?? "", text);
    }
}
