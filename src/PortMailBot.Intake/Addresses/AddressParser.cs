using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Addresses;

/// <summary>Parses a Canadian address written on one or several lines (English or French).</summary>
public static partial class AddressParser
{
    // An address is a few lines; anything longer is not one, and capping keeps the work bounded.
    private const int MaxInputLength = 2000;

    private const string Designators =
        @"suite|ste|unit|unité|unite|apt|appt|app|apartment|appartement|bureau|bur|local|room|rm|office|pièce|piece|porte|logement|log|penthouse|ph";

    // A number as OCR may have read it: digits with O, I, l, S or B standing in for some of them.
    private const string OcrNumber = @"[0-9OoIlSB|]{0,5}\d[0-9OoIlSB|]{0,5}";

    // A unit value holds a digit ("817", "5B", "PH1") or is a single letter ("Suite B").
    private const string UnitValue = @"(?:[0-9A-Za-z|]{0,3}\d[0-9A-Za-z|]{0,4}(?:-[0-9A-Za-z]{1,4})?|[A-Za-z])(?![0-9A-Za-z])";

    /// <summary>Reads <paramref name="text"/> as a civic address or a PO box. Returns null when it
    /// holds neither (no street number and name, no box).</summary>
    public static PostalAddress? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }

        var segments = Split(text);
        if (segments.Count == 0)
        {
            return null;
        }

        var asRead = PostalCodeAsRead(segments);
        var (city, province, postalCode) = TakeLocality(segments);
        var address = BuildAddress(segments, city, province, postalCode);
        return address is not null && asRead is not null && postalCode is not null
            && !string.Equals(asRead.Replace(" ", string.Empty, StringComparison.Ordinal), postalCode.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)
            ? address with { PostalCodeAsRead = asRead }
            : address;
    }

    /// <summary>The postal code's characters as written, found as <see cref="TakeLocality"/> will find it.</summary>
    private static string? PostalCodeAsRead(List<string> segments)
    {
        for (var index = segments.Count - 1; index >= 0; index--)
        {
            if (PostalCodes.FindLast(segments[index]) is { } found)
            {
                return segments[index].Substring(found.Index, found.Length);
            }
        }

        return null;
    }

    private static PostalAddress? BuildAddress(List<string> segments, string? city, string? province, string? postalCode)
    {
        StreetLine? street = null;
        string? unitLine = null;
        string? unit = null;
        string? poBoxLine = null;
        string? stationLine = null;

        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (PoBoxPattern().IsMatch(segment))
            {
                poBoxLine ??= segment;
                continue;
            }

            if (TryStreet(segment, out var parsed))
            {
                // A business line can look like a street ("3M CANADA"); the street line is the one
                // with a street type, and the one nearest the city.
                if (street is null || HasStreetType(parsed.Name) || !HasStreetType(street.Name))
                {
                    street = parsed;
                }

                continue;
            }

            var unitMatch = UnitOnlyPattern().Match(segment);
            if (unitMatch.Success && IsUnitValue(unitMatch.Groups["u"].Value))
            {
                if (unitLine is null)
                {
                    unit = unitMatch.Groups["u"].Value;
                    unitLine = segment[..(unitMatch.Groups["u"].Index + unit.Length)];
                }

                continue;
            }

            if (StationPattern().IsMatch(segment))
            {
                stationLine ??= segment;
            }
        }

        if (street is not null)
        {
            return new PostalAddress(street.Line1, street.UnitLine ?? unitLine, city, province, postalCode)
            {
                StreetNumber = street.Number,
                StreetName = street.Name,
                Unit = street.Unit ?? unit,
                IsPoBox = poBoxLine is not null,
            };
        }

        var boxLine = poBoxLine ?? stationLine;
        return boxLine is null
            ? null
            : new PostalAddress(boxLine, unitLine, city, province, postalCode) { Unit = unit, IsPoBox = true };
    }

    private sealed record StreetLine(string Line1, string Number, string Name, string? Unit, string? UnitLine);

    private static bool TryStreet(string segment, out StreetLine street)
    {
        street = null!;
        string? unit = null;
        string? unitLine = null;
        var rest = segment;

        var leading = LeadingUnitPattern().Match(rest);
        if (leading.Success && IsUnitValue(leading.Groups["u"].Value))
        {
            unit = leading.Groups["u"].Value;
            unitLine = rest[..leading.Groups["rest"].Index].Trim().TrimEnd(',', '-').Trim();
            rest = leading.Groups["rest"].Value;
        }
        else
        {
            var hyphen = UnitHyphenPattern().Match(rest);
            if (hyphen.Success)
            {
                unit = hyphen.Groups["u"].Value;
                unitLine = unit;
                rest = rest[hyphen.Groups["rest"].Index..];
            }
        }

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

        var line1 = rest[civic.Index..nameEnd].Trim().TrimEnd(',').Trim();
        street = new StreetLine(line1, civic.Groups["n"].Value, name, unit, unitLine);
        return true;
    }

    private static bool HasStreetType(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(StreetWords.IsType);

    private static bool HasWord(string text) => WordPattern().IsMatch(text);

    // A unit is a number, a number with a letter, or a single letter ("Suite B"); never a word, so
    // that "Ste Foy" (a city) is not read as suite "Foy".
    private static bool IsUnitValue(string value) =>
        value.Any(char.IsAsciiDigit) || (value.Length == 1 && char.IsLetter(value[0]));

    /// <summary>Takes the city, province and postal code off the end, emptying the segments they used.</summary>
    private static (string? City, string? Province, string? PostalCode) TakeLocality(List<string> segments)
    {
        string? postalCode = null;
        string? province = null;
        int? anchor = null;
        var last = segments.Count - 1;

        for (var index = last; index >= 0 && postalCode is null; index--)
        {
            if (PostalCodes.FindLast(segments[index]) is not { } found)
            {
                continue;
            }

            postalCode = found.Code;
            var after = segments[index][(found.Index + found.Length)..].Trim(' ', ',', '(', ')', '.');
            province = Provinces.ToCode(after);
            segments[index] = Tidy(TrailingCountryPattern().Replace(segments[index][..found.Index].TrimEnd(), string.Empty));
            if (CountryPattern().IsMatch(segments[index]))
            {
                segments[index] = string.Empty;
            }
            anchor = index;

            // What follows the postal code (a column beside it, a country) is not the address.
            segments.RemoveRange(index + 1, segments.Count - index - 1);
        }

        if (province is null)
        {
            var start = anchor ?? last;
            for (var index = start; index >= Math.Max(0, start - 1); index--)
            {
                if (segments[index].Length == 0)
                {
                    continue;
                }

                if (TakeTrailingProvince(segments[index]) is { } taken)
                {
                    province = taken.Code;
                    segments[index] = taken.Remainder;
                    anchor = index;
                }

                break;
            }
        }

        return (TakeCity(segments, anchor), province, postalCode);
    }

    private static string? TakeCity(List<string> segments, int? anchor)
    {
        int candidate;
        if (anchor is { } at)
        {
            candidate = at;
            while (candidate >= 0 && segments[candidate].Length == 0)
            {
                candidate--;
            }
        }
        else
        {
            // No province nor postal code: the last line is the city only if a street line precedes it.
            candidate = segments.Count - 1;
            if (candidate < 1 || !segments.Take(candidate).Any(segment => TryStreet(segment, out _)))
            {
                return null;
            }
        }

        if (candidate < 0)
        {
            return null;
        }

        var text = segments[candidate];
        if (PoBoxPattern().IsMatch(text) || StationPattern().IsMatch(text) ||
            (UnitOnlyPattern().Match(text) is { Success: true } unitMatch && IsUnitValue(unitMatch.Groups["u"].Value)))
        {
            return null;
        }

        if (TryStreet(text, out _))
        {
            if (candidate != anchor)
            {
                return null;
            }


            // Street and city on one line with no comma ("2218 EAST HASTINGS STREET BURNABY").
            if (SplitStreetAndCity(text) is not { } split)
            {
                return null;
            }

            segments[candidate] = split.Street;
            return split.City;
        }

        segments[candidate] = string.Empty;
        var city = Tidy(text);
        return city.Length == 0 ? null : city;
    }

    private static (string Street, string City)? SplitStreetAndCity(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        // The city starts after the street type (English order puts it after the name), any
        // direction after it, and a trailing unit.
        var end = -1;
        for (var index = 2; index < words.Length - 1; index++)
        {
            if (StreetWords.IsType(words[index]))
            {
                end = index;
                break;
            }
        }

        if (end < 0)
        {
            end = words.Length - 2;
        }
        else
        {
            while (end + 1 < words.Length - 1 && StreetWords.IsDirection(words[end + 1]))
            {
                end++;
            }

            if (end + 1 < words.Length - 1 && words[end + 1].StartsWith('#'))
            {
                end++;
            }
            else if (end + 2 < words.Length - 1 && DesignatorWordPattern().IsMatch(words[end + 1]))
            {
                end += 2;
            }
        }

        var street = string.Join(' ', words[..(end + 1)]);
        var city = Tidy(string.Join(' ', words[(end + 1)..]));
        return city.Length == 0 ? null : (street, city);
    }

    private static (string Code, string Remainder)? TakeTrailingProvince(string segment)
    {
        var words = ProvinceSplitPattern().Split(segment).Where(word => word.Length > 0).ToArray();
        for (var count = Math.Min(Provinces.MaxWords, words.Length); count >= 1; count--)
        {
            var code = Provinces.ToCode(string.Join(' ', words[^count..]));
            if (code is null)
            {
                continue;
            }

            return (code, Tidy(string.Join(' ', words[..^count])));
        }

        return null;
    }

    private static List<string> Split(string text)
    {
        var segments = new List<string>();
        var pieces = LineSplitPattern().Split(text)
            .SelectMany(line => SegmentSplitPattern().Split(FieldLabelPattern().Replace(line, string.Empty)));
        foreach (var raw in pieces)
        {
            var segment = Clean(raw);
            var label = LabelPattern().Match(segment);
            if (label.Success && label.Length < segment.Length)
            {
                segment = Tidy(segment[label.Length..]);
            }

            var leadIn = LeadInPattern().Match(segment);
            if (leadIn.Success && leadIn.Length < segment.Length)
            {
                segment = Tidy(segment[leadIn.Length..]);
            }

            if (segment.Length > 0 && !FieldLabelPattern().IsMatch(segment + "  "))
            {
                segments.Add(segment);
            }
        }

        while (segments.Count > 0 && CountryPattern().IsMatch(segments[^1]))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count > 0)
        {
            segments[^1] = Tidy(TrailingCountryPattern().Replace(segments[^1], string.Empty));
        }

        // French writes "93, boulevard des Récollets": a lone civic number belongs to the next line.
        for (var index = segments.Count - 2; index >= 0; index--)
        {
            if (BareNumberPattern().IsMatch(segments[index]))
            {
                segments[index] = segments[index] + ", " + segments[index + 1];
                segments.RemoveAt(index + 1);
            }
        }

        return segments;
    }

    // OCR leaves stray marks (|, _, ~, quotes, bullets); keep only what an address is written with.
    private static string Clean(string raw) => Tidy(NoiseCharacterPattern().Replace(raw, " "));

    private static string Tidy(string text) =>
        SpacesPattern().Replace(text, " ").Trim().Trim(',', ':', ';', '-', '–', '(', ')', ' ').Trim();

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

    // A telephone number at the start of a line is not a civic number.
    [GeneratedRegex(@"^\+?1?[\s.-]?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[^\p{L}\p{N}\s\-'’.#/&()°:]")]
    private static partial Regex NoiseCharacterPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"^(?:[^\d:]{0,40}\b(?:address|adresse|addr|location|lieu)\b[^\d:]{0,40}:|(?:(?:street|service|civic|site)\s+address|adresse\s+(?:de\s+service|civique)|address|adresse)(?:\s*\([^)\d]{0,40}\))?(?=\s+(?:[\d#]|(?:" + Designators + @")\b)))\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    // A sentence leading to the address: "The service address is 2699 …", "L'adresse de service est le bureau 709, …".
    [GeneratedRegex(@"^(?:[\p{L}'’]+\s+){0,10}?(?:is|at|est|au|à|le|la)\s+(?=\d|#|(?:" + Designators + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadInPattern();

    [GeneratedRegex(@"^canada$", RegexOptions.IgnoreCase)]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"\s+canada\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCountryPattern();

    [GeneratedRegex(@"^\d{1,6}[A-Za-z]?(?:\s*-\s*\d{1,6}[A-Za-z]?)?$")]
    private static partial Regex BareNumberPattern();

    [GeneratedRegex(@"[\s()]+")]
    private static partial Regex ProvinceSplitPattern();

    [GeneratedRegex(@"\p{L}{2}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?:n[o°]|no\.)$|^(?:" + Designators + @")\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DesignatorWordPattern();

    // Civic number: digits, maybe a letter ("12A"); OCR may turn a digit into O, I, l, S or B.
    [GeneratedRegex(@"^(?<n>\d{1,6}[A-Za-z]?(?:\s1/2)?|" + OcrNumber + @")(?:\s*,\s*|\s+)(?<name>.+)$")]
    private static partial Regex CivicPattern();

    [GeneratedRegex(@"^(?<u>\d{1,6}[A-Za-z]?|" + OcrNumber + @"|[A-Za-z])\s*-\s*(?<rest>(?:\d{1,6}[A-Za-z]?|" + OcrNumber + @")[\s,].+)$")]
    private static partial Regex UnitHyphenPattern();

    [GeneratedRegex(@"^(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)(?<u>" + UnitValue + @")\s*[-,]?\s+(?<rest>\d.+)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingUnitPattern();

    // OCR of a laid-out page may run the next column on after the unit: whatever follows it is not the street.
    [GeneratedRegex(@"^(?<name>.+?)[\s,]+(?<unit>(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)(?<u>" + UnitValue + @"))(?:\s.*)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TrailingUnitPattern();

    [GeneratedRegex(@"^(?:(?:" + Designators + @")\b\.?\s*(?:#|n[o°]\.?)?\s*|#\s*)(?<u>" + UnitValue + @")(?:\s.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOnlyPattern();

    [GeneratedRegex(@"\b(?:p\.?\s?o\.?\s*box|post\s+office\s+box|pob|box|c\.?\s?p\.?|case\s+postale|bo[iî]te\s+postale|r\.?\s?r\.?|rural\s+route|route\s+rurale|s\.?\s?s\.?)\s*(?:#|n[o°]\.?)?\s*\d|\b(?:general\s+delivery|poste\s+restante|livraison\s+g[ée]n[ée]rale)\b|\bgd\s+(?:stn|station|succ)",
        RegexOptions.IgnoreCase)]
    private static partial Regex PoBoxPattern();

    [GeneratedRegex(@"^(?:stn|station|succ|succursale)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StationPattern();
}
