using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;
using PortMailBot.Web.Charts;
using static PortMailBot.Web.Localization.ConsoleText;

namespace PortMailBot.Web.Pages;

/// <summary>The dashboard: requests per state, the average time spent in each state, the most frequent reasons.</summary>
public sealed class DashboardModel(WorkflowOperations operations, RequestDossiers dossiers, TimeProvider time) : PageModel
{
    private const int MaxRequests = 5000;

    public BarChart PerState { get; private set; } = BarChart.Of([]);

    public BarChart TimeInState { get; private set; } = BarChart.Of([]);

    public BarChart TopReasons { get; private set; } = BarChart.Of([]);

    public async Task OnGetAsync()
    {
        var requests = await operations.ListAsync([], MaxRequests, HttpContext.RequestAborted);
        PerState = BarChart.Of(PortStates.All.Select(s =>
        {
            var count = requests.Count(r => r.State == s);
            return (Term(s), (double)count, count.ToString(CultureInfo.CurrentCulture));
        }));

        var changes = await dossiers.StateChangesAsync(MaxRequests * 10, HttpContext.RequestAborted);
        var now = time.GetUtcNow();
        var spent = new Dictionary<PortState, List<double>>();
        foreach (var perRequest in changes.GroupBy(c => c.RequestId))
        {
            var ordered = perRequest.Where(c => c.FromState != c.ToState).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var until = i + 1 < ordered.Count ? ordered[i + 1].At : (ordered[i].ToState.IsFinal() ? ordered[i].At : now);
                if (!spent.TryGetValue(ordered[i].ToState, out var list))
                {
                    spent[ordered[i].ToState] = list = [];
                }

                list.Add(Math.Max(0, (until - ordered[i].At).TotalDays));
            }
        }

        TimeInState = BarChart.Of(PortStates.All.Where(s => !s.IsFinal()).Select(s =>
        {
            var average = spent.TryGetValue(s, out var list) && list.Count > 0 ? list.Average() : 0;
            return (Term(s), average, average.ToString("0.#", CultureInfo.CurrentCulture) + " " + T("days"));
        }));

        TopReasons = BarChart.Of(requests
            .SelectMany(r => r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .GroupBy(code => code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(8)
            .Select(g => (Term(g.Key), (double)g.Count(), g.Count().ToString(CultureInfo.CurrentCulture))));
    }
}
