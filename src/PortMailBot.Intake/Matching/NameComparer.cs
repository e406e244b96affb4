using PortMailBot.Intake.Names;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>Compares names as a person at a carrier would (check contract, "What counts as the same").</summary>
public static class NameComparer
{
    /// <summary>Whether <paramref name="written"/> (as a document shows it) names the same person:
    /// first and last names equal once case, accents, punctuation and spacing are set aside, in
    /// either order ("Bergeron, Étienne", "BERGERON ÉTIENNE"), with any middle names or initials
    /// in between ignored.</summary>
    public static bool Same(PersonName requested, string written, bool ocr = false)
    {
        ArgumentNullException.ThrowIfNull(requested);
        if (string.IsNullOrWhiteSpace(written))
        {
            return false;
        }

        var first = Key(requested.FirstName, ocr);
        var last = Key(requested.LastName, ocr);
        if (first.Length == 0 || last.Length == 0)
        {
            return false;
        }

        var colon = written.LastIndexOf(':');
        if (colon >= 0)
        {
            written = written[(colon + 1)..];
        }

        var parts = written.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var words = parts.SelectMany(part => Words(part, ocr)).ToList();
        if (parts.Length == 2)
        {
            // "Last, First": the same words reordered.
            var reordered = Words(parts[1], ocr).Concat(Words(parts[0], ocr)).ToList();
            if (Matches(Trim(reordered), first, last))
            {
                return true;
            }
        }

        words = Trim(words);
        return Matches(words, first, last) || Matches(words, last, first);
    }

    // The words must begin with the one name and end with the other; a name may span several words
    // ("Jean Philippe" for "Jean-Philippe") and anything left between them is a middle name.
    private static bool Matches(List<string> words, string head, string tail)
    {
        for (var headCount = 1; headCount < words.Count; headCount++)
        {
            if (string.Concat(words.Take(headCount)) != head)
            {
                continue;
            }

            for (var tailCount = 1; headCount + tailCount <= words.Count; tailCount++)
            {
                if (string.Concat(words.Skip(words.Count - tailCount)) == tail)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<string> Trim(List<string> words)
    {
        var start = 0;
        while (start < words.Count - 2 && PersonNameParser.Honorifics.Contains(words[start]))
        {
            start++;
        }

        // "MARCHAND JÉRÔME M.": in last-first order a middle initial trails the first name.
        var end = words.Count;
        while (end - start > 2 && (PersonNameParser.Suffixes.Contains(words[end - 1]) || words[end - 1].Length == 1))
        {
            end--;
        }

        return words.GetRange(start, end - start);
    }

    private static IEnumerable<string> Words(string text, bool ocr) =>
        TextFold.Words(text).Select(word => ocr ? OcrText.AsLetters(word) : word);

    private static string Key(string name, bool ocr)
    {
        var compact = TextFold.Compact(name);
        return ocr ? OcrText.AsLetters(compact) : compact;
    }
}
