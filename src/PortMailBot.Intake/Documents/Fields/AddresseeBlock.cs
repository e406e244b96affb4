using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>The recipient block printed at the top-left of a bill (window-envelope position): a person,
/// maybe a business, then the street and the city line ending in a postal code.</summary>
internal static partial class AddresseeBlock
{
    public sealed record Block(IReadOnlyList<string> NameLines, IReadOnlyList<string> AddressLines);

    // Letters and digits OCR mixes up are allowed where the postal code's pattern expects the other kind.
    [GeneratedRegex(@"\b[A-Za-z][0-9OoIlSB][A-Za-z]\s?[0-9OoIlSB][A-Za-z][0-9OoIlSB]\b")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^\s*(\d|#|(suite|unit|apt|app|bureau|local|ste|po box|p\.?o\.?|c\.?p\.?|case postale|rr|r\.r\.)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StreetStart();

    public static Block? Find(PageLayout layout)
    {
        if (layout.Pages.Count == 0)
        {
            return null;
        }

        var page = layout.Pages[0];
        var lines = layout.Lines.Where(l => l.PageNumber == page.Number).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var first = lines[i].Segments[0];
            if (lines[i].Box.Top > page.Height * 0.5)
            {
                break;
            }

            if (first.Box.Left > page.Width * 0.5 || !PostalCode().IsMatch(first.Text))
            {
                continue;
            }

            var block = new List<string> { first.Text.Trim() };
            var h = first.Box.Height;
            var top = first.Box.Top;
            for (var j = i - 1; j >= 0 && block.Count < 7; j--)
            {
                var candidate = lines[j].Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - first.Box.Left) < 1.5 * h);
                if (candidate is null)
                {
                    // A line of the right-hand column (account number, dates) between two lines of the block.
                    if (lines[j].Segments[0].Box.Left > first.Box.Right && top - lines[j].Box.Bottom < 2.2 * h)
                    {
                        continue;
                    }

                    break;
                }

                var close = top - candidate.Box.Bottom < 2.2 * h;
                var sameSize = candidate.Box.Height < 1.5 * h;
                if (!close || !sameSize)
                {
                    break;
                }

                block.Insert(0, candidate.Text.Trim());
                top = candidate.Box.Top;
            }

            var streetIndex = block.FindIndex(l => StreetStart().IsMatch(l));
            if (streetIndex < 0)
            {
                streetIndex = Math.Max(0, block.Count - 2);
            }

            return new Block(block.Take(streetIndex).ToList(), block.Skip(streetIndex).ToList());
        }

        return null;
    }
}
