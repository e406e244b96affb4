using System.Globalization;
using System.Text;

namespace PortMailBot.Intake.Documents.Classification;

/// <summary>Folds text for keyword matching: accents dropped, lower case, typographic apostrophes and
/// dashes made plain, runs of spaces collapsed. OCR and hand-typed documents write the same word many ways.</summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = c switch
            {
                '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' => '\'',
                '\u2013' or '\u2014' or '\u2012' or '\u2212' => '-',
                '\u00a0' or '\t' or '\r' or '\n' or '\u2009' or '\u202f' => ' ',
                'œ' => 'o',
                'Œ' => 'o',
                _ => char.ToLowerInvariant(c),
            };
            if (mapped == ' ')
            {
                if (lastWasSpace)
                {
                    continue;
                }

                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }

            builder.Append(mapped);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Whether <paramref name="phrase"/> (already folded) occurs in <paramref name="folded"/> on word
    /// boundaries, allowing <paramref name="maxEdits"/> character edits for OCR noise.</summary>
    public static bool ContainsPhrase(string folded, string phrase, int maxEdits = 0) =>
        IndexOfPhrase(folded, phrase, maxEdits) >= 0;

    public static int IndexOfPhrase(string folded, string phrase, int maxEdits = 0)
    {
        if (phrase.Length == 0 || folded.Length == 0)
        {
            return -1;
        }

        var start = 0;
        while (true)
        {
            var index = folded.IndexOf(phrase, start, StringComparison.Ordinal);
            if (index < 0)
            {
                break;
            }

            if (IsBoundary(folded, index - 1) && IsBoundary(folded, index + phrase.Length))
            {
                return index;
            }

            start = index + 1;
        }

        if (maxEdits <= 0 || phrase.Length < 5)
        {
            return -1;
        }

        // Approximate match: compare the phrase against windows of the same length (+/- edits) that
        // start on a word boundary; short phrases are left exact because one edit changes their meaning.
        for (var i = 0; i < folded.Length; i++)
        {
            if (!IsBoundary(folded, i - 1) || !char.IsLetterOrDigit(folded[i]))
            {
                continue;
            }

            for (var length = phrase.Length - maxEdits; length <= phrase.Length + maxEdits; length++)
            {
                if (length <= 0 || i + length > folded.Length || !IsBoundary(folded, i + length))
                {
                    continue;
                }

                if (EditDistance(folded.AsSpan(i, length), phrase, maxEdits) <= maxEdits)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);

    /// <summary>Levenshtein distance, giving up (returning max+1) once it cannot stay within <paramref name="max"/>.</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
