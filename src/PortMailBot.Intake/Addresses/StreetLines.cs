using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Addresses;

/// <summary>A street line as read: the whole line, its civic number and street name, and any unit on it.</summary>
internal sealed record StreetLine(string Line1, string Number, string Name, string? Unit, string? UnitLine);

/// <summary>
/// Recognizes the kinds of line an address is made of: a street line (civic number, name, unit before or
/// after), a unit on its own, a PO box, a postal station.
/// </summary>
internal static partial class StreetLines
{
    /// <summary>Words that announce a unit, English and French.</summary>
    internal const string Designators =
        @"suite|ste|unit|unité|unite|apt|appt|app|apartment|appartement|bureau|bur|local|room|rm|office|pièce|piece|porte|logement|log|penthouse|ph";

    // A number as OCR may have read it: digits with O, I, l, S or B standing in for some of them.
    private const string OcrNumber = @"[0-9OoIlSB|]{0,5}\d[0-9OoIlSB|]{0,5}";

    // A unit value holds a digit ("817", "5B", "PH1") or is a single letter ("Suite B").
    private const string UnitValue = @"(?:[0-9A-Za-z|]{0,3}\d[0-9A-Za-z|]{0,4}(?:-[0-9A-Za-z]{1,4})?|[A-Za-z])(?![0-9A-Za-z])";

    public static bool IsPoBox(string segment) => PoBoxPattern().IsMatch(segment);

    public static bool IsStation(string segment) => StationPattern().IsMatch(segment);

    public static bool IsDesignatorWord(string word) => DesignatorWordPattern().IsMatch(word);

    /// <summary>A line holding only a unit ("Suite 200", "#5B"): the unit, and the line up to its end.</summary>
    public static bool TryUnitOnly(string segment, out string unit, out string unitLine)
    {
        var match = UnitOnlyPattern().Match(segment);
        if (match.Success && IsUnitValue(match.Groups["u"].Value))
        {
            unit = match.Groups["u"].Value;
            unitLine = segment[..(match.Groups["u"].Index + unit.Length)];
            return true;
        }

        unit = string.Empty;
        unitLine = string.Empty;
        return false;
    }

    public static bool TryStreet(string segment, out StreetLine street)
    {
        street = null!;
        var civicAt = LeadingUnit(segment, out var unit, out var unitLine);
        var rest = segment[civicAt..];

        var civic = CivicPattern().Match(rest);
        if (!civic.Success || PhonePattern().IsMatch(rest))
        {
            return false;
        }

        var name = civic.Groups["name"].Value.Trim();
        var nameEnd = civic.Groups["name"].Index + civic.Groups["name"].Length;
        if (unit is null)
        {
            var trailing = TrailingUnitPattern().Match(name);
            if (trailing.Success && IsUnitValue(trailing.Groups["u"].Value) && HasWord(trailing.Groups["name"].Value))
            {
                unit = trailing.Groups["u"].Value;
                unitLine = name[trailing.Groups["unit"].Index..].Trim();
                name = trailing.Groups["name"].Value.Trim().TrimEnd(',').Trim();
                nameEnd = civic.Groups["name"].Index + trailing.Groups["name"].Index + trailing.Groups["name"].Length;
            }
        }

        if (!HasWord(name))
        {
            return false;
        }

        var number = civic.Groups["n"].Value;
        SplitCivicLetter(ref number, ref name);
        var line1 = rest[civic.Index..nameEnd].Trim().TrimEnd(',').Trim();
        street = new StreetLine(line1, number, name, unit, unitLine);
        return true;
    }

    /// <summary>A civic number's letter written apart ("12 A Main Street" is 12A Main Street): a lone letter
    /// after the digits, followed by a street name that is more than a type ("12 A Street" names street A),
    /// and not a direction's initial ("12 E Main St").</summary>
    private static void SplitCivicLetter(ref string number, ref string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !number.All(char.IsAsciiDigit) || words[0].Length != 1 || !char.IsAsciiLetter(words[0][0])
            || StreetWords.IsDirection(words[0]) || "NSEWOnsewo".Contains(words[0][0], StringComparison.Ordinal)
            || !words.Skip(1).Any(w => w.Count(char.IsLetter) >= 2 && !StreetWords.IsType(w) && !StreetWords.IsDirection(w)))
        {
            return;
        }

        number += words[0];
        name = string.Join(' ', words.Skip(1));
    }

    /// <summary>A civic number in digits and a street name that is more than a type and a direction ("2020 First
    /// Avenue", "55 3 St NW"; not "16 Ave SW", whose number is the street's name).</summary>
    public static bool IsCivicAndName(string segment)
    {
        var match = DigitsCivicPattern().Match(segment);
        return match.Success && HasWord(match.Groups["name"].Value) && !PhonePattern().IsMatch(segment)
            && match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(word => !StreetWords.IsType(word) && !StreetWords.IsDirection(word));
    }

    /// <summary>Where the civic number starts after a unit written before it (0 when none is): Canada Post joins the
    /// two with a hyphen ("4-123 Main St", "#4-123", "local 9 - 950, rue Saint-Jean", "PH2-55 King St"), others with a
    /// designator ("Suite 200, 123 Main St").</summary>
    public static int LeadingUnit(string segment, out string? unit, out string? unitLine)
    {
        ArgumentNullException.ThrowIfNull(segment);

        // The hyphen first, so "#3-1200 16 Ave SW" is unit 3 at 1200, not unit "3-1200" at 16.
        var hyphen = UnitHyphenPattern().Match(segment);
        if (hyphen.Success && IsUnitValue(hyphen.Groups["u"].Value))
        {
            unit = hyphen.Groups["u"].Value;
            unitLine = segment[..hyphen.Groups["rest"].Index].Trim().TrimEnd('-').Trim();
            return hyphen.Groups["rest"].Index;
        }

        var leading = LeadingUnitPattern().Match(segment);
        if (leading.Success && IsUnitValue(leading.Groups["u"].Value))
        {
            unit = leading.Groups["u"].Value;
            unitLine = segment[..leading.Groups["rest"].Index].Trim().TrimEnd(',', '-').Trim();
            return leading.Groups["rest"].Index;
        }

        unit = null;
        unitLine = null;
        return 0;
    }

    public static bool HasStreetType(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(StreetWords.IsType);

    private static bool HasWord(string text) => WordPattern().IsMatch(text);

    // A unit is a number, a number with a letter, or a single letter ("Suite B"); never a word, so
    // that "Ste Foy" (a city) is not read as suite "Foy".
    private static bool IsUnitValue(string value) =>
        value.Any(char.IsAsciiDigit) || (value.Length == 1 && char.IsLetter(value[0]));

    // A telephone number at the start of a line is not a civic number.
    [GeneratedRegex(@"^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\p{L}{2}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?:n[o°]|no\.)$|^(?:" + Designators + @")\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DesignatorWordPattern();

    // Civic number: digits, maybe a letter ("12A"); OCR may turn a digit into O, I, l, S or B.
    [GeneratedRegex(@"^(?<n>\d{1,6}[A-Za-z]?(?:\s1/2)?|" + OcrNumber + @")(?:\s*,\s*|\s+)(?<name>.+)$")]
    private static partial Regex CivicPattern();

    [GeneratedRegex(@"^(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)?(?<u>[A-Za-z]{0,3}\d{1,6}[A-Za-z]?|" + OcrNumber + @"|[A-Za-z])\s*-\s*(?<rest>(?:\d{1,6}[A-Za-z]?|" + OcrNumber + @")[\s,].+)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex UnitHyphenPattern();

    [GeneratedRegex(@"^\d{1,6}(?:\s*,\s*|\s+)(?<name>.+)$")]
    private static partial Regex DigitsCivicPattern();

    [GeneratedRegex(@"^(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)(?<u>" + UnitValue + @")\s*[-,]?\s+(?<rest>\d.+)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingUnitPattern();

    // OCR of a laid-out page may run the next column on after the unit: whatever follows it is not the street.
    [GeneratedRegex(@"^(?<name>.+?)[\s,]+(?<unit>(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)(?<u>" + UnitValue + @"))(?:\s.*)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TrailingUnitPattern();

    [GeneratedRegex(@"^(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)(?<u>" + UnitValue + @")(?:\s.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOnlyPattern();

    // A unit whose value reads like a box ("local SS10", "Suite RR2", "Unit CP4": a basement, a row) is a unit.
    [GeneratedRegex(@"(?<!\b(?:" + Designators + @")\.?\s*(?:#\s*)?)\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|pob|box|c\.?\s?p\.?|case\s+postale|bo[iî]te\s+postale|r\.?\s?r\.?|rural\s+route|route\s+rurale|s\.?\s?s\.?)\s*(?:#|n[o°]\.?)?\s*\d|\b(?:general\s+delivery|poste\s+restante|livraison\s+g[ée]n[ée]rale)\b|\bgd\s+(?:stn|station|succ)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PoBoxPattern();

    [GeneratedRegex(@"^(?:stn|station|succ|succursale)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StationPattern();
}
