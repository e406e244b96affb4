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
            var trimmed = Trim(reordered);
            if (Matches(trimmed, first, last))
            {
                return true;
            }
        }

        words = Trim(words);
        return Matches(words, first, last) || Matches(words, last, first) ;
    }

    /// <summary>Whether <paramref name="written"/> gives the same last name and, for the first name, only its initial
    /// ("J. DOE", "Doe, J." for Jane Doe; or "Jane Doe" when the request gave "J. Doe"): not the same person as far as
    /// can be read, but no different first name either.</summary>
    public static bool SameInitial(PersonName requested, string written)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var first = Key(requested.FirstName, ocr: false);
        var last = Key(requested.LastName, ocr: false);
        if (first.Length == 0 || last.Length == 0 || string.IsNullOrWhiteSpace(written))
        {
            return false;
        }

        var colon = written.LastIndexOf(':');
        var parts = written[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var orders = new List<List<string>> { parts.SelectMany(part => Words(part, ocr: false)).ToList() };
        if (parts.Length == 2)
        {
            orders.Add([.. Words(parts[1], ocr: false), .. Words(parts[0], ocr: false)]);
        }

        // "DOE J.": last name first, the initial trailing it.
        if (orders[0] is [.., { Length: 1 } trailing] && orders[0].Count > 1)
        {
            orders.Add([trailing, .. orders[0].Take(orders[0].Count - 1)]);
        }

        // A title before the initial ("Mrs J. Doe", "M. de la Fontaine" read either way) is tried with and without.
        return orders.SelectMany(words => new[] { words, words.SkipWhile(word => PersonNameParser.Honorifics.Contains(word) && word.Length > 1).ToList() })
            .Any(words => InitialMatches(words, first, last) || InitialMatches(words, last, first));
    }

    // "J. DOE" on a bill for Jane Doe (or "J. Doe" asked, "Jane Doe" shown): a first name written as its initial
    // is the same first name, not a different one; the last name must still be the same. A different initial
    // ("K. Doe") stays a difference.
    private static bool InitialMatches(List<string> words, string first, string last)
    {
        if (words.Count < 2)
        {
            return false;
        }

        var head = words[0];
        var named = head.Length == 1 ? first.StartsWith(head, StringComparison.Ordinal)
            : first.Length == 1 && head.StartsWith(first, StringComparison.Ordinal);
        return named && Enumerable.Range(1, words.Count - 1).Any(count => string.Concat(words.Skip(words.Count - count)) == last);
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
        TextFold.Words(text).Select(Canonical).Select(word => ocr ? OcrText.AsLetters(word) : word);

    private static string Key(string name, bool ocr)
    {
        var compact = string.Concat(TextFold.Words(name).Select(Canonical));
        return ocr ? OcrText.AsLetters(compact) : compact;
    }

    // "Saint-Pierre" and "St-Pierre", "Sainte-Marie" and "Ste-Marie" are one name written in full or abbreviated, as
    // the word is in a street's or a city's name; every other word is compared as written.
    private static string Canonical(string word) => word switch
    {
        "saint" => "st",
        "sainte" => "ste",
        _ => word,
    };
}
