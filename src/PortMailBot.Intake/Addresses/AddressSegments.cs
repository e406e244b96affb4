using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Addresses;

/// <summary>
/// Cuts an address as written into its segments (lines, comma-separated parts, columns of a laid-out
/// page), cleaned of OCR noise, field labels, lead-in words and the country.
/// </summary>
internal static partial class AddressSegments
{
    public static List<string> Split(string text)
    {
        var segments = new List<string>();

        // A client wrapping a typed line may break it after a word that cannot end an address line ("Suite" /
        // "210", "British" / "Columbia"): those two lines are one.
        text = WrappedAddressLines.Join(WrappedAfterOpenWord().Replace(text, " "));
        var pieces = LineSplitPattern().Split(text)
            .SelectMany(line => SegmentSplitPattern().Split(FieldLabelPattern().Replace(line, string.Empty)))
            .ToList();
        foreach (var raw in pieces)
        {
            var segment = Clean(raw);
            var label = LabelPattern().Match(segment);
            if (label.Success && label.Length < segment.Length)
            {
                segment = Tidy(segment[label.Length..]);
            }

            // After a lone civic number the segment is its street ("93, boulevard Saint-Joseph Est #210"): a direction
            // "Est" before the unit there is no French "est" leading into an address.
            var afterCivic = segments.Count > 0 && BareNumberPattern().IsMatch(segments[^1]);
            var leadIn = LeadInPattern().Match(segment);
            if (!afterCivic && leadIn.Success && leadIn.Length < segment.Length)
            {
                segment = Tidy(segment[leadIn.Length..]);
            }

            if (segment.Length > 0 && !FieldLabelPattern().IsMatch(segment + "  "))
            {
                segments.Add(segment);
            }
        }

        while (segments.Count > 0 && IsCountry(segments[^1]))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count > 0)
        {
            segments[^1] = WithoutTrailingCountry(segments[^1]);
        }

        // French writes "93, boulevard des Récollets": a lone civic number belongs to the next line. So does one written
        // after its unit ("local 9 - 950, rue Saint-Jean"). A lone unit before a civic number and its street ("3, 2020
        // First Avenue", "PH2, 55 King St") is the unit-first form with a comma for the hyphen.
        for (var index = segments.Count - 2; index >= 0; index--)
        {
            if (LoneUnitPattern().IsMatch(segments[index]) && StreetLines.IsCivicAndName(segments[index + 1]))
            {
                segments[index] = segments[index] + " - " + segments[index + 1];
                segments.RemoveAt(index + 1);
            }
            else if (BareNumberPattern().IsMatch(segments[index]))
            {
                segments[index] = segments[index] + ", " + segments[index + 1];
                segments.RemoveAt(index + 1);
            }
        }

        return segments;
    }

    public static bool IsCountry(string segment) => CountryPattern().IsMatch(segment);

    /// <summary>The text with every dash and hyphen character written as a plain hyphen.</summary>
    public static string WithPlainHyphens(string text) => DashPattern().Replace(text, "-");

    [GeneratedRegex(@"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")]
    private static partial Regex DashPattern();

    public static string WithoutTrailingCountry(string segment) =>
        Tidy(TrailingCountryPattern().Replace(segment, string.Empty));

    /// <summary>Collapses spaces and trims the punctuation a segment's edges are left with.</summary>
    public static string Tidy(string text) =>
        SpacesPattern().Replace(text, " ").Trim().Trim(',', ':', ';', '-', '–', '(', ')', ' ').Trim();

    // OCR leaves stray marks (|, _, ~, quotes, bullets); keep only what an address is written with.
    private static string Clean(string raw) => Tidy(NoiseCharacterPattern().Replace(raw, " "));

    // Lines, commas, and the wide gaps between columns of a laid-out page.
    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineSplitPattern();

    [GeneratedRegex(@"[,;]+|[ \t\u00A0]{3,}")]
    private static partial Regex SegmentSplitPattern();

    // A form's field label before its value ("Ville   Gatineau", "Code postal G1S 9C1"). "Ville" and "City"
    // need a colon or a wide gap: "Ville Mont-Royal" is a city.
    [GeneratedRegex(@"^\s*(?:(?:bureau\s*/\s*unit[ée]|unit[ée]\s*/\s*bureau|suite\s*/\s*unit|unit\s*/\s*suite|province|code\s+postal|postal\s+code)(?:\s*:\s*|\s+)|(?:ville|city|municipalit[ée])\s*(?::\s*|\s{2,}|\t\s*))",
        RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabelPattern();

    [GeneratedRegex(@"[^\p{L}\p{N}\s\-'’.#/&()°:]")]
    private static partial Regex NoiseCharacterPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"^(?:[^\d:]{0,40}\b(?:address|adresse|addr|location|lieu)\b[^\d:]{0,40}:|(?:(?:street|service|civic|site)\s+address|adresse\s+(?:de\s+service|civique)|address|adresse)(?:\s*\([^)\d]{0,40}\))?(?=\s+(?:[\d#]|(?:" + StreetLines.Designators + @")\b)))\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    // A sentence leading to the address: "The service address is 2699 …", "L'adresse de service est le bureau 709, …".
    [GeneratedRegex(@"^(?:[\p{L}'’]+\s+){0,10}?(?:is|at|est|au|à|le|la)\s+(?=\d|#|(?:" + StreetLines.Designators + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInPattern();

    [GeneratedRegex(@"^canada$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"\s+canada\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCountryPattern();

    // A civic number alone, or after its unit: "950", "4-950", "local 9 - 950", "#4-950", "PH2-950", "app 4 950".
    [GeneratedRegex(@"^(?:\d{1,6}[A-Za-z]?(?:\s*-\s*\d{1,6}[A-Za-z]?)?|(?:" + UnitPrefix + @")?" + LoneUnit + @"\s*-\s*\d{1,6}[A-Za-z]?|(?:" + UnitPrefix + @")" + LoneUnit + @"\s+\d{1,6}[A-Za-z]?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex BareNumberPattern();

    private const string UnitPrefix = @"(?:" + StreetLines.Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*";

    // A unit's value: a number, maybe with a letter, maybe after letters ("12B", "PH2").
    private const string LoneUnit = @"(?:[A-Za-z]{1,3})?\d{1,6}[A-Za-z]?";

    [GeneratedRegex(@"^" + LoneUnit + "$")]
    private static partial Regex LoneUnitPattern();

    [GeneratedRegex(@"(?i:(?<=\b(?:suite|unit|apt|app|apartment|appartement|bureau|local|ste)\.?|\s\#)[ \t]*\r?\n[ \t]*(?=#?(?:[a-z]{1,3})?\p{N}[a-z]?\s*(?:$|\r?\n)|#?\p{N})|(?<=\b(?:british|nova|new|prince|prince\s+edward|newfoundland|newfoundland\s+and|northwest))[ \t]*\r?\n[ \t]*(?=(?:columbia|scotia|brunswick|edward|island|and|labrador|territories)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex WrappedAfterOpenWord();
}
