using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Addresses;

/// <summary>
/// Rejoins an address line that a mail client's hard wrap (72 or 76 columns, format=flowed, a quoted forward)
/// broke at a space where the line cannot end: inside a postal code ("M5H" / "7B2"), after a French civic number's
/// street type ("6576 chemin" / "des Quatre-Bourgeois"), after a joining word ("chemin des" / "Quatre-Bourgeois"),
/// or inside a street name whose type is on the next line ("543 Lake" / "Shore Blvd W, Toronto").
/// </summary>
internal static partial class WrappedAddressLines
{
    public static string Join(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var joined = new List<string> { lines[0] };
        for (var i = 1; i < lines.Length; i++)
        {
            var previous = joined[^1].TrimEnd(' ', '\t', '\r');
            var next = lines[i].TrimStart(' ', '\t');
            if (previous.Length > 0 && next.Length > 0 && IsBrokenAt(previous, next))
            {
                joined[^1] = previous + " " + next;
            }
            else
            {
                joined.Add(lines[i]);
            }
        }

        return string.Join('\n', joined);
    }

    private static bool IsBrokenAt(string previous, string next)
    {
        if (PostalFirstHalfAtEnd().IsMatch(previous) && PostalSecondHalfAtStart().IsMatch(next))
        {
            return true;
        }

        if (JoiningWordAtEnd().IsMatch(previous) && next[0] != ',')
        {
            return true;
        }

        // The segment the break cut: what follows the line's last comma, and what precedes the next line's first.
        var tail = previous[(previous.LastIndexOf(',') + 1)..].Trim();
        var head = next.Split(',')[0].Trim();
        var tailWords = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var headWords = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tailWords.Length == 0 || headWords.Length == 0 || head.Any(char.IsDigit))
        {
            return false;
        }

        // French puts the street type before the name: a line ending on "6576 chemin" or on a lone "boulevard"
        // after "1730," has its name on the next line.
        var typeAfterCivic = LeadingStreetType().IsMatch(tailWords[^1])
            && (tailWords.Length == 1 || tailWords.Length == 2 && CivicNumber().IsMatch(tailWords[0]));
        if (typeAfterCivic)
        {
            return true;
        }

        // "543 Lake Shore Blvd" then "W, Suite 302": the street's direction alone at the head of the next line.
        if (headWords.Length == 1 && StreetWords.IsDirection(headWords[0]) && tailWords.Length >= 3
            && CivicNumber().IsMatch(tailWords[0]) && StreetWords.IsType(tailWords[^1].TrimEnd('.')))
        {
            return true;
        }

        // "543 Lake" then "Shore Blvd W" (or "2357 Concession" then "Street"): a civic number and words, then words
        // that end on a street type (and perhaps a direction) with no number: one street name. "St. Catharines" ends
        // on no type, and stays the city.
        return CivicNumber().IsMatch(tailWords[0]) && tailWords.Length >= 2
            && !tailWords.Skip(1).Any(word => word.Any(char.IsDigit))
            && EndsOnStreetType(headWords);
    }

    private static bool EndsOnStreetType(string[] words)
    {
        var last = words.Length - 1;
        if (last > 0 && StreetWords.IsDirection(words[last]))
        {
            last--;
        }

        return last >= 0 && StreetWords.IsType(words[last].TrimEnd('.'));
    }

    [GeneratedRegex(@"(?:^|[\s,(])[A-Za-z]\d[A-Za-z]$")]
    private static partial Regex PostalFirstHalfAtEnd();

    [GeneratedRegex(@"^\d[A-Za-z]\d(?:$|[\s,.)])")]
    private static partial Regex PostalSecondHalfAtStart();

    // Words that always lead into more of the street's name: "rue de la" / "Montagne", "chemin des" / "Quatre-Bourgeois".
    [GeneratedRegex(@"\s(?:de|des|du|de\s+la|d['’]|l['’]|la|le|les|aux|of|the)$", RegexOptions.IgnoreCase)]
    private static partial Regex JoiningWordAtEnd();

    // The street types French writes before the name ("rue Belvédère", "chemin des Quatre-Bourgeois"); English ones
    // ("Street", "Road") end the line's street, and may end a line.
    [GeneratedRegex(@"^(?:rue|chemin|ch\.?|boulevard|boul\.?|bd|avenue|av\.?|rang|route|mont[ée]e|c[ôo]te|place|impasse|all[ée]e|croissant|promenade|terrasse|carr[ée]|cours|sentier|voie)$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingStreetType();

    [GeneratedRegex(@"^\d{1,6}[A-Za-z]?(?:-\d{1,6}[A-Za-z]?)?$")]
    private static partial Regex CivicNumber();
}
