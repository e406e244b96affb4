using System.Text;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Names and addresses written in sentences rather than in form fields: a letter's "I, Jane Doe,
/// authorize ..." / "Je soussigné(e), Jane Doe, ..." and "The service address ... is 12 Main St, Moncton NB
/// E1C 1A1". Each page's lines are read as one running text, so a sentence may wrap anywhere.</summary>
internal static partial class ProseFields
{
    private const string NameWord = @"\p{Lu}[\p{L}'’\-]*\.?";

    // The person who speaks in the first person, English or French; OCR often reads a lone "I" before its comma
    // as "|", "l" or "1".
    [GeneratedRegex(@"(?:\bI|\bJe|\bWe|\bNous|(?<![\p{L}\p{N}|])[|l1](?=\s*,))\s*,?\s*(?:(?:the\s+)?undersigned|soussign\p{L}*(?:\s*\(\s*e\s*\))?)?\s*,?\s+(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,3})\s*(?:,|\(|\bhereby\b|\bpar\b|\bconfirm|\bauthori[sz]e|\bautorise)",
        RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonName();

    [GeneratedRegex(@"\b(?:my name is|je m['’]appelle|mon nom est)\s+(?<name>" + NameWord + @"(?:\s+" + NameWord + @"){1,3})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedSelf();

    // Where a sentence hands over to its address: "... is", "... est :", "located at", "situé au".
    [GeneratedRegex(@"(?:\bis\b|\best\b|:|\blocated at\b|\bat\b|\bsitu\p{L}*\s+(?:au|à|a)\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressLeadIn();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\d|#|(?:suite|unit|apt|app|bureau|local)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressStart();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z][0-9OoIlSB][A-Za-z][ \u00A0]?[0-9OoIlSB][A-Za-z][0-9OoIlSB](?![\p{L}\p{N}])")]
    private static partial Regex PostalLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static readonly string[] ServiceCues = ["service address", "adresse de service", "adresse du service", "service location", "lieu du service"];

    public static IReadOnlyList<LayoutValue> Names(PageLayout layout)
    {
        var found = new List<LayoutValue>();
        foreach (var text in PageTexts(layout))
        {
            foreach (var match in FirstPersonName().Matches(text.Text).Concat(NamedSelf().Matches(text.Text)))
            {
                var group = match.Groups["name"];
                found.Add(text.Value(group.Index, group.Length));
            }
        }

        return found;
    }

    /// <summary>Addresses written in sentences, with whether the sentence says it is the service address.</summary>
    public static IReadOnlyList<(LayoutValue Text, PostalAddress Address, bool Service)> Addresses(PageLayout layout)
    {
        var found = new List<(LayoutValue, PostalAddress, bool)>();
        foreach (var text in PageTexts(layout))
        {
            foreach (Match postal in PostalLike().Matches(text.Text))
            {
                var end = postal.Index + postal.Length;
                var windowStart = Math.Max(0, end - 240);
                var window = text.Text[windowStart..end];
                // The address starts after the last hand-over that gives a whole address ("Est" may end a
                // street name, so an earlier "est :" is tried too).
                var leadIns = AddressLeadIn().Matches(window);
                // Without a hand-over the postal code belongs to a block or a table, read elsewhere: a
                // sentence that runs on from the page's top would join unrelated lines into an "address".
                var starts = leadIns.Reverse().Take(4).Select(m => m.Index + m.Length);
                foreach (var from in starts)
                {
                    var start = AddressStart().Match(window, from);
                    if (!start.Success)
                    {
                        continue;
                    }

                    var addressText = window[start.Index..];
                    if (Spaces().Replace(addressText, " ").Length > 100 || AddressBlocks.EndsWithRemitCaption(window[..from]))
                    {
                        continue;
                    }

                    if (AddressBlocks.Parse(Spaces().Replace(addressText, " ")) is not { StreetNumber: not null, IsPoBox: false } address || !AddressBlocks.HasNameWord(address))
                    {
                        continue;
                    }

                    var before = TextFold.Fold(window[..start.Index]);
                    var service = ServiceCues.Any(c => before.Contains(c, StringComparison.Ordinal));
                    found.Add((text.Value(windowStart + start.Index, addressText.Length), address, service));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>A page's words as one running text, each word's place in it kept to map a match back to words.</summary>
    private sealed class PageText(int page, string text, List<(int Start, TextWord Word)> words)
    {
        public string Text { get; } = text;

        public LayoutValue Value(int start, int length)
        {
            var end = start + length;
            var covered = words.Where(w => w.Start < end && w.Start + w.Word.Text.Length > start).Select(w => w.Word).ToList();
            return new LayoutValue(Spaces().Replace(Text.Substring(start, length), " ").Trim().TrimEnd(',', '.').Trim(), page, covered);
        }
    }

    private static IEnumerable<PageText> PageTexts(PageLayout layout)
    {
        foreach (var pageLines in layout.Lines.GroupBy(l => l.PageNumber))
        {
            var builder = new StringBuilder();
            var words = new List<(int, TextWord)>();
            foreach (var line in pageLines)
            {
                foreach (var segment in line.Segments)
                {
                    foreach (var word in segment.Words)
                    {
                        words.Add((builder.Length, word));
                        builder.Append(word.Text).Append(' ');
                    }

                    // Columns of one line are not one sentence.
                    builder.Append("\n ");
                }

                if (builder.Length > 200_000)
                {
                    break;
                }
            }

            yield return new PageText(pageLines.Key, Unwrap(builder.ToString()), words);
        }
    }

    /// <summary>Line ends become spaces so that a wrapped sentence reads as one; lengths stay the same.</summary>
    private static string Unwrap(string text) => text.Replace('\n', ' ');
}
