using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>A street name reduced to what identifies it: the name proper, its type and its
/// direction, each in a canonical form, so that English and French, full and abbreviated, and
/// French word order ("rue Saint-Joseph Est" = "Saint-Joseph St E") compare equal.</summary>
public sealed partial record StreetNameKey(string Name, string? Type, string? Direction)
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "de", "du", "des", "la", "le", "l", "d" };

    private static readonly Dictionary<string, string> WordNumbers = new(StringComparer.Ordinal)
    {
        ["first"] = "1", ["second"] = "2", ["third"] = "3", ["fourth"] = "4", ["fifth"] = "5",
        ["sixth"] = "6", ["seventh"] = "7", ["eighth"] = "8", ["ninth"] = "9", ["tenth"] = "10",
        ["eleventh"] = "11", ["twelfth"] = "12", ["premiere"] = "1", ["premier"] = "1", ["deuxieme"] = "2",
        ["troisieme"] = "3", ["quatrieme"] = "4", ["cinquieme"] = "5", ["sixieme"] = "6", ["septieme"] = "7",
        ["huitieme"] = "8", ["neuvieme"] = "9", ["dixieme"] = "10",
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["mount"] = "mt", ["mont"] = "mt", ["fort"] = "ft", ["point"] = "pt", ["pointe"] = "pt",
    };

    private static readonly HashSet<string> SaintForms = new(StringComparer.Ordinal) { "saint", "sainte", "st", "ste" };

    public static StreetNameKey From(string streetName, bool ocr = false)
    {
        var words = TextFold.Words(ocr ? Unglued(streetName) : streetName).ToList();
        if (ocr && words.Count >= 2 && words[^1] == "0" && words[^2].Any(char.IsLetter))
        {
            // No street name ends in a lone zero after its words: OCR read the direction O (Ouest) as one.
            words[^1] = "o";
        }

        string? direction = null;
        string? type = null;

        // "Nord Est", "North West": two directions making one. "E St" is a direction and a type, whose letters
        // only happen to spell "est".
        if (words.Count >= 3 && StreetWords.CanonicalDirection(words[^2] + words[^1]) is { } pair &&
            StreetWords.CanonicalDirection(words[^2]) is not null && StreetWords.CanonicalDirection(words[^1]) is not null)
        {
            direction = pair;
            words.RemoveRange(words.Count - 2, 2);
        }
        else if (words.Count >= 2 && StreetWords.CanonicalDirection(words[^1]) is { } single)
        {
            direction = single;
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count >= 2 && TypeOf(words[^1], ocr) is { } trailingType)
        {
            type = trailingType;
            words.RemoveAt(words.Count - 1);
        }
        else if (words.Count >= 2 && TypeOf(words[0], ocr) is { } leadingType)
        {
            type = leadingType;
            words.RemoveAt(0);
        }

        // "King W St" = "King St W": people put the compass before the type too; once the type is taken off the end,
        // a direction left after a name word is the street's direction.
        if (direction is null && type is not null && words.Count >= 2 && StreetWords.CanonicalDirection(words[^1]) is { } beforeType)
        {
            direction = beforeType;
            words.RemoveAt(words.Count - 1);
        }

        // "East Hastings Street" = "E Hastings St": a direction before the name, once the type is known.
        if (direction is null && type is not null && words.Count >= 2 && StreetWords.CanonicalDirection(words[0]) is { } leading)
        {
            direction = leading;
            words.RemoveAt(0);
        }

        while (words.Count >= 2 && Articles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        var name = string.Concat(words.Select(word => Canonical(word, ocr)));
        return new StreetNameKey(name, type, direction);
    }

    /// <summary>The street type a word at the type's place stands for; read by OCR, also a type's full
    /// spelling with one letter misread ("avenne Sainte-Cécile" is avenue Sainte-Cécile).</summary>
    private static string? TypeOf(string word, bool ocr) =>
        StreetWords.CanonicalType(word) ?? (ocr ? StreetWords.CanonicalTypeMisread(word) : null);

    /// <summary>Same street: same name and direction; a type present on one side only is tolerated
    /// (people drop it), two different types are not.</summary>
    public bool SameStreet(StreetNameKey other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Name.Length > 0 && Name == other.Name && Direction == other.Direction &&
               (Type is null || other.Type is null || Type == other.Type);
    }

    /// <summary>OCR drops the narrow space between a street type and its direction ("8th StE", "Main RdNW"):
    /// a word whose case turns from lower to upper inside it is split there when the two parts are a street
    /// type and a direction.</summary>
    private static string Unglued(string streetName)
    {
        var words = streetName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            for (var i = 1; i < word.Length; i++)
            {
                if (char.IsLower(word[i - 1]) && char.IsUpper(word[i])
                    && StreetWords.CanonicalType(TextFold.Compact(word[..i])) is not null
                    && StreetWords.CanonicalDirection(TextFold.Compact(word[i..])) is not null)
                {
                    words[w] = word[..i] + " " + word[i..];
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }

    private static string Canonical(string word, bool ocr)
    {
        if (SaintForms.Contains(word))
        {
            return "st";
        }

        if (Abbreviations.TryGetValue(word, out var abbreviation))
        {
            return abbreviation;
        }

        if (WordNumbers.TryGetValue(word, out var number))
        {
            return number;
        }

        var ordinal = OrdinalPattern().Match(word);
        if (ordinal.Success)
        {
            return ordinal.Groups[1].Value;
        }

        if (StreetWords.CanonicalType(word) is { } type)
        {
            return type;
        }

        if (StreetWords.CanonicalDirection(word) is { } direction)
        {
            return direction;
        }

        return ocr && word.Any(char.IsLetter) ? OcrText.AsLetters(word) : word;
    }

    [GeneratedRegex(@"^(\d+)(?:st|nd|rd|th|e|er|re|ere|eme|ieme|ième)$")]
    private static partial Regex OrdinalPattern();
}
