using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Addresses;

/// <summary>The city, province and postal code an address ends with.</summary>
internal sealed record Locality(string? City, string? Province, string? PostalCode);

/// <summary>
/// Takes the locality off the end of an address's segments: the postal code (last one written), the
/// province after it or ending the line, and the city before them, even when it shares the street's line.
/// </summary>
internal static partial class AddressLocality
{
    /// <summary>Takes the city, province and postal code off the end, emptying the segments they used.</summary>
    public static Locality Take(List<string> segments)
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
            segments[index] = AddressSegments.WithoutTrailingCountry(segments[index][..found.Index].TrimEnd());
            if (AddressSegments.IsCountry(segments[index]))
            {
                segments[index] = string.Empty;
            }
            anchor = index;

            // A province written on the line after its postal code ("Toronto M5H 1J9" / "Ontario").
            if (province is null && index + 1 < segments.Count)
            {
                province = Provinces.ToCode(segments[index + 1].Trim(' ', ',', '(', ')', '.'));
            }

            // What follows the postal code (a column beside it, a country) is not the address.
            segments.RemoveRange(index + 1, segments.Count - index - 1);
        }

        // A code OCR garbled past reading still ends the address: taken off, it leaves the province and city
        // before it to be read, and no code to compare.
        if (postalCode is null && last >= 0 && PostalCodes.FindUnreadable(segments[last]) is { } unreadable)
        {
            segments[last] = segments[last][..unreadable.Index].TrimEnd(' ', ',');
            anchor = last;
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

        return new Locality(TakeCity(segments, anchor), province, postalCode);
    }

    /// <summary>The postal code's characters as written, found as <see cref="Take"/> will find it.</summary>
    public static string? PostalCodeAsRead(List<string> segments)
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
            if (candidate < 1 || !segments.Take(candidate).Any(segment => StreetLines.TryStreet(segment, out _)))
            {
                return null;
            }
        }

        if (candidate < 0)
        {
            return null;
        }

        var text = segments[candidate];
        if (StreetLines.IsPoBox(text) || StreetLines.IsStation(text))
        {
            return null;
        }

        // A street line may open with its unit ("Suite 1200 500 Granville Street Vancouver"): it is read as a
        // street before it could pass for a unit on its own line.
        if (StreetLines.TryStreet(text, out _))
        {
            // Street and city on one line with no comma ("2218 EAST HASTINGS STREET BURNABY"), the province
            // there too or on its own after a comma ("2041 West 4th Avenue Vancouver, BC"). Apart from the
            // province, only a street type settles where the city starts: "120 King St W" alone has no city.
            if (SplitStreetAndCity(text) is not { } split || (candidate != anchor && !split.AfterPreposition && !IsCityAfterStreetType(split))
                || IsOnlyStreetWords(split.City))
            {
                return null;
            }

            segments[candidate] = split.Street;
            return WithoutPreposition(split.City);
        }

        if (StreetLines.TryUnitOnly(text, out _, out var unitLine))
        {
            // "123 Main St, Suite 4 Calgary AB": a unit line may run on into the city with no comma.
            var after = AddressSegments.Tidy(text[unitLine.Length..]);
            if (after.Length == 0 || !IsCityWords(after.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            {
                return null;
            }

            segments[candidate] = unitLine;
            return WithoutPreposition(after);
        }

        segments[candidate] = string.Empty;
        var city = WithoutPreposition(AddressSegments.Tidy(text));
        return city.Length == 0 ? null : city;
    }

    /// <summary>The city without the preposition a sentence puts before it ("at 12 Main St in Moncton", "au 12, rue
    /// Principale à Gatineau"): no Canadian place name starts with "in" or "à" as a word of its own.</summary>
    private static string WithoutPreposition(string city) => CityPreposition().Replace(city, string.Empty);

    [GeneratedRegex(@"^(?:in|à)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex CityPreposition();

    private static bool IsCityAfterStreetType((string Street, string City, bool AfterPreposition) split)
    {
        var streetWords = split.Street.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var nameAt = UnitWords(split.Street) + 2;
        var typeAt = nameAt < streetWords.Length ? Array.FindIndex(streetWords, nameAt, StreetWords.IsType) : -1;

        // "Highway 7", "Route 132": a type before the route's number, which ends the street.
        var numberedRoute = nameAt < streetWords.Length && IsNumberedRoute(streetWords, nameAt - 1);
        return (typeAt >= 0 && IsStreetTail(streetWords[(typeAt + 1)..]) || numberedRoute && IsStreetTail(streetWords[(nameAt + 1)..]))
            && IsCityWords(split.City.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>What may follow a street's type before the city: directions, then perhaps a unit ("St W Unit 3",
    /// "Avenue #PH2").</summary>
    private static bool IsStreetTail(string[] words)
    {
        var rest = words.SkipWhile(StreetWords.IsDirection).ToArray();
        return rest.Length == 0
            || rest.Length == 1 && rest[0].StartsWith('#') && rest[0].Any(char.IsLetterOrDigit)
            || rest.Length == 2 && StreetLines.IsDesignatorWord(rest[0]) && rest[1].Any(char.IsDigit);
    }

    private static bool IsNumberedRoute(string[] words, int typeAt) =>
        typeAt >= 1 && typeAt + 1 < words.Length && StreetWords.IsType(words[typeAt]) && words[typeAt + 1].All(char.IsAsciiDigit);

    private static bool IsCityWords(string[] cityWords) =>
        cityWords.Length is > 0 and <= 4
        && cityWords.All(word => char.IsLetter(word[0]) && !StreetWords.IsDirection(word) && !StreetLines.IsDesignatorWord(word))
        && !StreetWords.IsType(cityWords[^1]);

    /// <summary>"St.", "SW", "7", "Unit PH2": a street's type, direction, route number or unit left after it is no city.</summary>
    private static bool IsOnlyStreetWords(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => StreetWords.IsType(word.TrimEnd('.')) || StreetWords.IsDirection(word.TrimEnd('.')) || word.All(char.IsAsciiDigit))
        || StreetLines.TryUnitOnly(text, out _, out var unitLine) && unitLine.Length == text.Length;

    private static (string Street, string City, bool AfterPreposition)? SplitStreetAndCity(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3)
        {
            return null;
        }

        // The city starts after the street type (English order puts it after the name), any
        // direction after it, and a trailing unit. A unit written first ("Suite 1200 500 Granville
        // Street") comes before the civic number, which the name follows.
        var civic = UnitWords(text);
        if (words.Length < civic + 3)
        {
            return null;
        }

        // A sentence may name the city after a preposition ("12, rue Principale à Gatineau", "12 Main St in
        // Moncton"): the street ends before it, in either language's order.
        var preposition = Array.FindIndex(words, civic + 2, w => CityPreposition().IsMatch(w + " x"));
        if (preposition > 0 && preposition < words.Length - 1)
        {
            return (string.Join(' ', words[..preposition]), AddressSegments.Tidy(string.Join(' ', words[(preposition + 1)..])), true);
        }

        var end = IsNumberedRoute(words, civic + 1) && civic + 2 < words.Length - 1 ? civic + 2 : -1;
        for (var index = civic + 2; end < 0 && index < words.Length - 1; index++)
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
            else if (end + 2 < words.Length - 1 && StreetLines.IsDesignatorWord(words[end + 1]))
            {
                end += 2;
            }
        }

        var street = string.Join(' ', words[..(end + 1)]);
        var city = AddressSegments.Tidy(string.Join(' ', words[(end + 1)..]));
        return city.Length == 0 ? null : (street, city, false);
    }

    /// <summary>How many words a unit written before the civic number takes ("Suite 1200 500 Granville", "local 9 - 950,
    /// rue …", "#4-123 Main"): the street's own words come after them.</summary>
    private static int UnitWords(string line)
    {
        var civicAt = StreetLines.LeadingUnit(line, out _, out _);
        var words = line[..civicAt].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        // "4-123 Main": the unit and the civic number share a word, which is the civic number's.
        return civicAt > 0 && !char.IsWhiteSpace(line[civicAt - 1]) ? words - 1 : words;
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

            // "Ville de Québec", "City of Quebec": a province's name after "de" or "of" is the city's.
            if (count < words.Length && CityOfWord().IsMatch(words[^(count + 1)]))
            {
                return null;
            }

            return (code, AddressSegments.Tidy(string.Join(' ', words[..^count])));
        }

        return null;
    }

    [GeneratedRegex(@"[\s()]+")]
    private static partial Regex ProvinceSplitPattern();

    [GeneratedRegex(@"^(?:de|du|of)$", RegexOptions.IgnoreCase)]
    private static partial Regex CityOfWord();
}
