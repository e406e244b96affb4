using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>A table laid out across: a row of captions ("Account SID | Authorized user | Service address") and
/// the row of values under it. Its cells are paired into "Caption: value" lines, which the labelled-field
/// reader understands; a value cell that runs onto further lines (numbers one a line) keeps them after it.</summary>
internal static partial class HeaderRowTable
{
    public static string[] Expand(string[] lines)
    {
        List<string>? result = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var captions = Cells(lines[i]);
            if (i + 1 < lines.Length && IsCaptionRow(captions) && Cells(lines[i + 1]) is var values
                && values.Count == captions.Count && !IsCaptionRow(values))
            {
                result ??= [.. lines.Take(i)];
                result.AddRange(captions.Select((caption, k) => caption + ": " + values[k]));
                i++;
                continue;
            }

            result?.Add(lines[i]);
        }

        return result?.ToArray() ?? lines;
    }

    private static List<string> Cells(string line) =>
        CellGap().Split(line.Trim()).Where(cell => cell.Length > 0).ToList();

    /// <summary>Captions only (no digits, short, no colon) and at least two of them name request fields.</summary>
    private static bool IsCaptionRow(List<string> cells) =>
        cells.Count >= 2
        && cells.All(cell => !cell.Any(char.IsDigit) && !cell.Contains(':', StringComparison.Ordinal)
            && cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6)
        && cells.Count(cell => LabelledFieldReader.Classify(cell) != FieldKind.Other) >= 2;

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex CellGap();
}
