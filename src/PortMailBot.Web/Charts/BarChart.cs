namespace PortMailBot.Web.Charts;

/// <summary>A horizontal bar chart laid out on the server, drawn as SVG by the page (no script, no library):
/// one row per bar, the bar's length proportional to its value.</summary>
public sealed record BarChart(IReadOnlyList<Bar> Bars)
{
    public const double LabelWidth = 230;
    public const double BarArea = 300;
    public const double RowHeight = 28;

    public const double Width = LabelWidth + BarArea + 70;

    public double Height => Math.Max(1, Bars.Count) * RowHeight;

    public static BarChart Of(IEnumerable<(string Label, double Value, string Text)> rows)
    {
        var list = rows.ToList();
        var max = list.Count == 0 ? 1 : Math.Max(list.Max(r => r.Value), double.Epsilon);
        return new BarChart([.. list.Select((r, i) => new Bar(r.Label, r.Text, i * RowHeight, Math.Max(r.Value > 0 ? 2 : 0, r.Value / max * BarArea)))]);
    }
}

public sealed record Bar(string Label, string Text, double Y, double Length);
