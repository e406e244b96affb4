using HtmlAgilityPack;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// A form laid out across in HTML: one row of captions ("Account SID | Authorized user | Service address") over
/// one row of values. As text its cells would be two lines of tabs, and a value cell that holds line breaks
/// (numbers one a line) would break the value row apart, so that no reader could pair a value with its
/// caption; here each caption is written before its own value, as "Caption: value" on a line of its own.
/// </summary>
internal static class HtmlCaptionTable
{
    private const int MaxCaptionWords = 6;
    private const int MaxCaptionChars = 40;
    private const int MaxColumns = 24;
    private const int MaxTables = 200;

    /// <summary>Rewrites, in place, every table of exactly two rows whose first row is all captions.</summary>
    public static void PairCaptions(HtmlDocument document)
    {
        var tables = document.DocumentNode.SelectNodes("//table");
        if (tables is null)
        {
            return;
        }

        foreach (var table in tables.Take(MaxTables).ToList())
        {
            if (RowsOf(table) is [var captionRow, var valueRow]
                && Cells(captionRow) is var captions && Cells(valueRow) is var values
                && captions.Count is >= 2 and <= MaxColumns && captions.Count == values.Count
                && captions.All(IsCaption) && !values.All(IsCaption))
            {
                table.ParentNode?.ReplaceChild(Paired(document, captions, values), table);
            }
        }
    }

    /// <summary>The table's own rows with some text (not those of a table nested in one of its cells).</summary>
    private static List<HtmlNode> RowsOf(HtmlNode table)
    {
        var rows = new List<HtmlNode>();
        foreach (var child in table.ChildNodes)
        {
            if (child.Name is "thead" or "tbody" or "tfoot")
            {
                rows.AddRange(child.ChildNodes.Where(n => n.Name == "tr"));
            }
            else if (child.Name == "tr")
            {
                rows.Add(child);
            }
        }

        return rows.Where(row => !string.IsNullOrWhiteSpace(row.InnerText)).ToList();
    }

    private static List<HtmlNode> Cells(HtmlNode row) =>
        row.ChildNodes.Where(n => n.Name is "td" or "th").ToList();

    /// <summary>A caption is a few words with no digit and no nested table: "Numéros à transférer", "Postal code".</summary>
    private static bool IsCaption(HtmlNode cell)
    {
        if (cell.SelectSingleNode(".//table") is not null)
        {
            return false;
        }

        var text = CaptionText(cell);
        return text.Length is > 0 and <= MaxCaptionChars
            && !text.Any(char.IsDigit)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxCaptionWords;
    }

    private static string CaptionText(HtmlNode cell) =>
        string.Join(' ', (HtmlEntity.DeEntitize(cell.InnerText) ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd(':', ' ', '\u00A0');

    private static HtmlNode Paired(HtmlDocument document, List<HtmlNode> captions, List<HtmlNode> values)
    {
        var block = document.CreateElement("div");
        for (var i = 0; i < captions.Count; i++)
        {
            var line = document.CreateElement("div");
            line.AppendChild(document.CreateTextNode(HtmlEntity.Entitize(CaptionText(captions[i])) + ": "));
            foreach (var child in values[i].ChildNodes.ToList())
            {
                line.AppendChild(child.CloneNode(deep: true));
            }

            block.AppendChild(line);
        }

        return block;
    }
}
