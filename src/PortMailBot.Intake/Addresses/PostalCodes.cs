using System.Text;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Addresses;

/// <summary>Canadian postal codes (<c>A1A 1A1</c>): finding, normalising, and reading past OCR's
/// letter/digit confusions, which the code's alternating form settles.</summary>
public static partial class PostalCodes
{
    /// <summary>The normalised code (<c>A1A 1A1</c>) when <paramref name="text"/> is exactly a valid
    /// postal code (any case, with or without the space), else null.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = StrictPattern().Match(text.Trim());
        return match.Success && match.Index == 0 && match.Length == text.Trim().Length ? Format(match) : null;
    }

    /// <summary>Whether a normalised code is a valid Canadian postal code.</summary>
    public static bool IsValid(string? code) => code is not null && Normalize(code) == code;

    /// <summary>The code as OCR most likely meant it: at each position only a character the form
    /// allows (a letter where a letter goes, a digit where a digit goes), mapping the usual
    /// confusions (<c>0</c>/<c>O</c>, <c>1</c>/<c>I</c>/<c>l</c>, <c>5</c>/<c>S</c>, <c>8</c>/<c>B</c>,
    /// <c>2</c>/<c>Z</c>, <c>6</c>/<c>G</c>). Characters that are already right are never changed, so
    /// two genuinely different codes stay different. Returns the input upper-cased and compacted
    /// when it cannot be settled.</summary>
    public static string OcrCanonical(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var compact = new StringBuilder(6);
        foreach (var character in code)
        {
            if (!char.IsWhiteSpace(character) && character != '-')
            {
                compact.Append(char.ToUpperInvariant(character));
            }
        }

        if (compact.Length != 6)
        {
            return compact.ToString();
        }

        for (var index = 0; index < 6; index++)
        {
            var character = compact[index];
            compact[index] = index % 2 == 0 ? ToLetter(character) : ToDigit(character);
        }

        var text = compact.ToString();
        return text.Insert(3, " ");
    }

    /// <summary>Finds the last postal code in <paramref name="text"/>: a strictly valid one first, else
    /// one OCR garbled that becomes valid once its confusions are settled.</summary>
    internal static (int Index, int Length, string Code)? FindLast(string text)
    {
        var strict = StrictPattern().Matches(text);
        if (strict.Count > 0)
        {
            var last = strict[^1];
            return (last.Index, last.Length, Format(last));
        }

        var loose = LoosePattern().Matches(text);
        for (var index = loose.Count - 1; index >= 0; index--)
        {
            var candidate = loose[index];
            var raw = (candidate.Groups[1].Value + candidate.Groups[2].Value).ToUpperInvariant();
            if (!PlausiblyGarbled(raw) && !(AfterProvince(text, candidate.Index) && PlausiblyGarbledAfterProvince(raw)))
            {
                continue;
            }

            var settled = OcrCanonical(raw);
            if (IsValid(settled))
            {
                return (candidate.Index, candidate.Length, settled);
            }
        }

        return null;
    }

    /// <summary>Finds, ending the text after a province, what is left of a code OCR garbled past settling: its
    /// characters in at most three short groups, one of the six a mark no code holds ("K1P 5&amp;7") or lost (a mark
    /// cleaned away, "H2Z 1 2"; a character dropped, "K1P 5E"), and at least four of the others of the kind their
    /// place takes. What the code says cannot be read, but it is the code's place: the city and province before it
    /// still are what they are.</summary>
    internal static (int Index, int Length)? FindUnreadable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd(' ', ',', '.', ')');
        var starts = WordStart().Matches(trimmed).Select(m => m.Index).ToList();
        for (var count = Math.Min(3, starts.Count - 1); count >= 1; count--)
        {
            var start = starts[^count];
            var tokens = trimmed[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var characters = string.Concat(tokens);
            var marks = characters.Count(c => !char.IsLetterOrDigit(c));
            var kept = characters.Length - marks;
            if (tokens.Any(t => t.Length > (tokens.Length == 1 ? 7 : 4)) || kept != 5 || marks > 1 || !characters.Any(char.IsAsciiDigit)
                || !characters.Where(char.IsLetterOrDigit).All(char.IsAscii) || !AfterProvince(text, start))
            {
                continue;
            }

            // The unread character's place: the mark's, or wherever one may have been lost.
            IEnumerable<string> places = marks == 1 ? [characters] : Enumerable.Range(0, 6).Select(i => characters.Insert(i, "?"));
            if (places.Any(raw => RightKinds(raw) is var (letters, digits) && letters + digits >= 4))
            {
                return (start, text.Length - start);
            }
        }

        return null;
    }

    // Mostly right already: at least two real letters where letters go and two real digits where
    // digits go, so that a telephone fragment ("416 320") or a word is never taken for a code.
    private static bool PlausiblyGarbled(string raw)
    {
        var (letters, digits) = RightKinds(raw);

        // Or a first half read right ("M5B") before a second half whose digits OCR read as letters ("OMO" for
        // "0M0"): the real first half is the evidence, and the letter between still stands where a letter goes.
        var firstHalfRead = char.IsAsciiLetter(raw[0]) && char.IsAsciiDigit(raw[1]) && char.IsAsciiLetter(raw[2]);
        return letters >= 2 && digits >= 2 && letters + digits >= 4 || firstHalfRead && char.IsAsciiLetter(raw[4]);
    }

    /// <summary>Whether the text before <paramref name="index"/> ends with a province ("Rimouski QC", "Ottawa,
    /// Ontario"), where an address puts its postal code.</summary>
    private static bool AfterProvince(string text, int index)
    {
        var words = text[..index].Split([' ', ',', '\u00A0', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count <= Math.Min(3, words.Length); count++)
        {
            if (Provinces.ToCode(string.Join(' ', words[^count..])) is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Where a province announces it, less needs to be right already ("GSL 9NO" for "G5L 9N0"), but still more than
    // a word has ("BOSTON" gives no digit where a digit goes).
    private static bool PlausiblyGarbledAfterProvince(string raw)
    {
        var (letters, digits) = RightKinds(raw);
        return digits >= 1 && letters + digits >= 4;
    }

    /// <summary>How many real letters stand where the code's letters go, and real digits where its digits go.</summary>
    private static (int Letters, int Digits) RightKinds(string raw)
    {
        int letters = 0, digits = 0;
        for (var index = 0; index < raw.Length; index++)
        {
            letters += index % 2 == 0 && char.IsAsciiLetter(raw[index]) ? 1 : 0;
            digits += index % 2 == 1 && char.IsAsciiDigit(raw[index]) ? 1 : 0;
        }

        return (letters, digits);
    }

    private static string Format(Match match) =>
        (match.Groups[1].Value + " " + match.Groups[2].Value).ToUpperInvariant();

    private static char ToLetter(char character) => character switch
    {
        '1' or '|' => 'L',
        '5' => 'S',
        '8' => 'B',
        '2' => 'Z',
        '6' => 'G',
        '4' => 'A',
        _ => character,
    };

    private static char ToDigit(char character) => character switch
    {
        'O' or 'D' or 'Q' => '0',
        'I' or 'L' or '|' => '1',
        'S' => '5',
        'B' => '8',
        'Z' => '2',
        'G' => '6',
        'A' => '4',
        _ => character,
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}])([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z])[ \u00A0-]?([0-9][ABCEGHJ-NPRSTV-Z][0-9])(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrictPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])([A-Z0-9|]{3})[ \u00A0]?([A-Z0-9|]{3})(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoosePattern();

    [GeneratedRegex(@"(?<!\S)\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordStart();
}
