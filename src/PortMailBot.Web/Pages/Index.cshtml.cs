using Microsoft.AspNetCore.Mvc.RazorPages;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Web.Pages;

/// <summary>The queue: the requests by state, how long each has been in it, the review SLA's countdown in
/// business days; filtered by state and by ID, customer or number.</summary>
public sealed class QueueModel(WorkflowOperations operations, QueueClock clock) : PageModel
{
    private const int MaxRows = 500;

    public static IReadOnlyList<string> States => PortStates.Names;

    public string? State { get; private set; }

    public string? Query { get; private set; }

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? state, string? q)
    {
        State = PortStates.TryParse(state, out var wanted) ? state : null;
        Query = q?.Trim() is { Length: > 0 and <= 200 } query ? query : null;
        var requests = await operations.ListAsync(State is null ? [] : [wanted], MaxRows, HttpContext.RequestAborted);
        Rows = [.. requests.Select(clock.Row).Where(r => r.Matches(Query))];
    }
}
