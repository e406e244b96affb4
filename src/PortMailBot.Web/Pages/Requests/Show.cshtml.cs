using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Web.Security;

namespace PortMailBot.Web.Pages.Requests;

/// <summary>One request: what it says beside what the documents show (with the scanned pages and the spots
/// where each value was read), the verdict's reasons, the thread, the history, and the operator's actions,
/// which go through the same workflow operations as a command in the thread.</summary>
public sealed class ShowModel(RequestDossiers dossiers, WorkflowOperations operations, DossierView views) : PageModel
{
    public static IReadOnlyList<string> Zones { get; } =
        [PortingTimeZones.Eastern, "America/Halifax", "America/St_Johns", "America/Winnipeg", "America/Regina", "America/Edmonton", "America/Vancouver", "UTC"];

    public DossierPage View { get; private set; } = null!;

    [TempData]
    public string? Outcome { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var dossier = await dossiers.LoadAsync(id, HttpContext.RequestAborted);
        if (dossier is null)
        {
            return NotFound();
        }

        View = await views.BuildAsync(dossier, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>One action, written as its thread command and parsed by the same parser, so the console accepts
    /// exactly what a command by mail accepts.</summary>
    public async Task<IActionResult> OnPostAsync(string id, string action, string? day, string? time, string? zone, string? code, string? text)
    {
        if (!WorkflowActions.TryParseOperatorAction(action, out var operatorAction))
        {
            return BadRequest();
        }

        var arguments = operatorAction switch
        {
            WorkflowAction.CarrierApproved => string.Join(' ', new[] { day, time, string.IsNullOrWhiteSpace(time) ? null : zone }.Where(a => !string.IsNullOrWhiteSpace(a))),
            WorkflowAction.CarrierRejected => string.Join(' ', new[] { code, text }.Where(a => !string.IsNullOrWhiteSpace(a))),
            WorkflowAction.Cancel or WorkflowAction.Note => text ?? "",
            _ => "",
        };
        var parsed = OperatorCommandParser.Parse("/" + action + (arguments.Length > 0 ? " " + arguments.ReplaceLineEndings(" ") : ""));
        if (parsed.Command is null)
        {
            Outcome = "! " + parsed.Error;
            return RedirectToPage(new { id });
        }

        var who = OperatorDirectory.EmailOf(User) ?? "operator";
        var (outcome, unsent) = await operations.ApplyAsync(id, parsed.Command, new WorkflowActor(who, WorkflowActor.ViaWeb), HttpContext.RequestAborted);
        Outcome = outcome.Accepted
            ? $"{Localization.ConsoleText.T("Recorded; the request is now")} {Localization.ConsoleText.Term(outcome.Request!.State)}." + (unsent > 0 ? $" {unsent} {Localization.ConsoleText.T("replies wait for the mail server; the daemon will retry them.")}" : "")
            : $"! {Localization.ConsoleText.T("Refused:")} {outcome.Refusal}.";
        return RedirectToPage(new { id });
    }
}
