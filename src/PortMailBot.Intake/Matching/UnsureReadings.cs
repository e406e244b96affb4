using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>What a value read by OCR may have said where the reader was unsure: each word read below
/// <see cref="ReliableConfidence"/> may stand for a word (or two words run together) of the value it is
/// compared with, when it is close enough to be a garbling of it. A value that agrees once its unsure
/// words are read so was not read reliably enough to differ: the comparison is unconfirmed, not a mismatch.
/// Words read with confidence are never replaced, so a real difference read clearly still differs.</summary>
public static class UnsureReadings
{
    /// <summary>Words read below this confidence are unsure. Calibrated on the scans of both sample sets: the
    /// garbled words of the hard scans were read at 0.40-0.61, the differing words of real mismatches on
    /// scans at 0.96-0.97.</summary>
    public const double ReliableConfidence = 0.7;

    /// <summary>More unsure words than this in one value: it is read too poorly to say anything, and the
    /// readings to try would grow too many.</summary>
    private const int MaxUnsureWords = 3;

    private const int MaxCandidatesPerWord = 6;

    /// <summary>Pairs of digits a degraded scan turns into each other; any other digit read differently is
    /// another digit.</summary>
    private static readonly string[] DigitConfusions = ["17", "38", "56", "68", "08", "89", "49", "06"];

    /// <summary>Letters a digit is mistaken for (and the reverse), folded to lower case.</summary>
    private static readonly Dictionary<char, string> DigitLookAlikes = new()
    {
        ['0'] = "odq", ['1'] = "iljt", ['2'] = "z", ['3'] = "b", ['4'] = "a", ['5'] = "s", ['6'] = "gb",
        ['7'] = "tjl", ['8'] = "b", ['9'] = "gq",
    };

    /// <summary>Whether a degraded scan commonly turns digit <paramref name="read"/> into <paramref name="meant"/> or back.</summary>
    public static bool AreConfusedDigits(char read, char meant) =>
        read != meant && DigitConfusions.Any(p => p.Contains(read, StringComparison.Ordinal) && p.Contains(meant, StringComparison.Ordinal));

    /// <summary>Whether a word is unsure: read by OCR below <see cref="ReliableConfidence"/>.</summary>
    public static bool IsUnsure(double confidence) => confidence < ReliableConfidence;

    /// <summary>The texts of <paramref name="fields"/> (the parts of one value, e.g. an address's lines) read
    /// otherwise: every combination of each unsure word kept or replaced by what <paramref name="compared"/>
    /// has that it could be. The reading as written is not among them; none when no word is unsure.</summary>
    public static IEnumerable<IReadOnlyList<string?>> Readings(IReadOnlyList<string?> fields, IEnumerable<string> unsureWords, string compared)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(unsureWords);
        ArgumentNullException.ThrowIfNull(compared);
        var present = fields.SelectMany(f => (f ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Compact).ToHashSet(StringComparer.Ordinal);
        // An unsure word that reads exactly as a word of the compared value needs no other reading: only the
        // unsure words that differ count toward how poorly the value was read.
        var options = CandidatePhrases(compared);
        var agreeing = options.Select(TextFold.Compact).ToHashSet(StringComparer.Ordinal);
        var unsure = unsureWords.Select(TextFold.Compact)
            .Where(k => k.Length > 0 && present.Contains(k) && !agreeing.Contains(k))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unsure.Count is 0 or > MaxUnsureWords)
        {
            yield break;
        }

        var choices = unsure.Select(key => options.Where(o => CouldBe(key, TextFold.Compact(o))).Take(MaxCandidatesPerWord).Prepend(null).ToList()).ToList();
        foreach (var combination in Combinations(choices))
        {
            if (combination.All(c => c is null))
            {
                continue;
            }

            var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < unsure.Count; i++)
            {
                if (combination[i] is { } replacement)
                {
                    replacements[unsure[i]] = replacement;
                }
            }

            yield return fields.Select(f => f is null ? null : Replace(f, replacements)).ToList();
        }
    }

    /// <summary>Whether <paramref name="read"/> (a folded word read unsurely) could be OCR's garbling of
    /// <paramref name="meant"/> (folded): a few letters misread, dropped or added (about one in three; a digit
    /// read as its look-alike letter counts half), a digit only ever misread as its look-alike letter or a
    /// digit it is commonly confused with, never dropped or added (a civic or telephone number with a digit
    /// more or less is another number). One digit of a word otherwise read the same may also be any other digit:
    /// a faint or noisy scan turns "112" into "122" at half confidence, and that is a reading, not a difference.</summary>
    public static bool CouldBe(string read, string meant)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(meant);
        if (read.Length == 0 || meant.Length == 0)
        {
            return false;
        }

        if (OneDigitApart(read, meant))
        {
            return true;
        }

        // Costs are counted in halves: a digit read as its look-alike letter (or the reverse) is half an edit.
        var bound = 2 * Math.Max(1, (Math.Max(read.Length, meant.Length) + 1) / 3);
        return Distance(read, meant, bound) <= bound;
    }

    /// <summary>Whether two words of the same length, at least two characters, differ only in one digit.</summary>
    private static bool OneDigitApart(string read, string meant)
    {
        if (read.Length != meant.Length || read.Length < 2)
        {
            return false;
        }

        var differing = Enumerable.Range(0, read.Length).Where(i => read[i] != meant[i]).ToList();
        return differing is [var at] && char.IsAsciiDigit(read[at]) && char.IsAsciiDigit(meant[at]);
    }

    private static int Distance(string a, string b, int bound)
    {
        const int Impossible = 1_000;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 1; j <= b.Length; j++)
        {
            previous[j] = Math.Min(Impossible, previous[j - 1] + Indel(b[j - 1]));
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = Math.Min(Impossible, previous[0] + Indel(a[i - 1]));
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + Substitution(a[i - 1], b[j - 1]);
                var delete = previous[j] + Indel(a[i - 1]);
                var insert = current[j - 1] + Indel(b[j - 1]);
                current[j] = Math.Min(Impossible, Math.Min(substitute, Math.Min(delete, insert)));
                best = Math.Min(best, current[j]);
            }

            if (best > bound)
            {
                return best;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];

        int Indel(char c) => char.IsAsciiDigit(c) ? Impossible : 2;

        int Substitution(char x, char y)
        {
            if (x == y)
            {
                return 0;
            }

            var xDigit = char.IsAsciiDigit(x);
            var yDigit = char.IsAsciiDigit(y);
            if (!xDigit && !yDigit)
            {
                return 2;
            }

            if (xDigit && yDigit)
            {
                return AreConfusedDigits(x, y) ? 2 : Impossible;
            }

            var (digit, letter) = xDigit ? (x, y) : (y, x);
            return DigitLookAlikes[digit].Contains(letter, StringComparison.Ordinal) ? 1 : Impossible;
        }
    }

    /// <summary>The words of the compared value and each pair of neighbouring words (OCR runs words
    /// together: "St E" read as "SUE").</summary>
    private static List<string> CandidatePhrases(string compared)
    {
        var words = compared.Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var phrases = new List<string>(words);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            phrases.Add(words[i] + " " + words[i + 1]);
        }

        return phrases.Where(p => TextFold.Compact(p).Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string?[]> Combinations(List<List<string?>> choices)
    {
        var indexes = new int[choices.Count];
        while (true)
        {
            yield return choices.Select((c, i) => c[indexes[i]]).ToArray();
            var position = 0;
            while (position < choices.Count && ++indexes[position] == choices[position].Count)
            {
                indexes[position] = 0;
                position++;
            }

            if (position == choices.Count)
            {
                yield break;
            }
        }
    }

    /// <summary>Each word of <paramref name="text"/> whose folded form is an unsure word is replaced, its
    /// surrounding punctuation kept ("SUE," → "St E,").</summary>
    private static string Replace(string text, Dictionary<string, string> replacements)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (replacements.TryGetValue(TextFold.Compact(words[i]), out var replacement))
            {
                var word = words[i];
                var start = 0;
                while (start < word.Length && !char.IsLetterOrDigit(word[start]))
                {
                    start++;
                }

                var end = word.Length;
                while (end > start && !char.IsLetterOrDigit(word[end - 1]))
                {
                    end--;
                }

                words[i] = word[..start] + replacement + word[end..];
            }
        }

        return string.Join(' ', words);
    }
}
