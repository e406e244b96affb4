using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Text;

/// <summary>Folds text for comparison the way a person reads it: accents, case, punctuation and
/// spacing do not matter.</summary>
public static partial class TextFold
{
    /// <summary>Lower-case words without accents, separated by single spaces; punctuation becomes a
    /// word break except apostrophes and dots, which are dropped (<c>O'Brien</c> → <c>obrien</c>,
    /// <c>B.C.</c> → <c>bc</c>).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in RemoveAccents(text))
        {
            if (char.IsLetterOrDigit(character))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(character));
            }
            else if (character is '\'' or '’' or '‘' or '`' or '.')
            {
                // Inside a word these join its parts: "O'Brien", "B.C.".
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary><see cref="Fold"/> with French elisions kept as words of their own (<c>d'autorisation</c> →
    /// <c>d autorisation</c>, <c>qu'il</c> → <c>qu il</c>), so that a phrase starting at the elided word
    /// ("autorisation de transfert") is found on a word boundary.</summary>
    public static string FoldElisionsApart(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : Fold(Elision().Replace(text, "$1 "));

    [GeneratedRegex(@"(?<!\p{L})([cdjlmnstCDJLMNST]|[qQ][uU])['’‘`]", RegexOptions.CultureInvariant)]
    private static partial Regex Elision();

    /// <summary><see cref="Fold"/> with every space removed: the form to compare whole values.</summary>
    public static string Compact(string? text) => Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Typographic ligatures (U+FB00-U+FB06: "ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ") written as their letters. PDF
    /// engines that set text with ligatures (browsers, TeX) and OCR engines trained on them put these single characters
    /// in words such as "Bayﬁeld" or "Notiﬁcation", which then match no name or caption spelled with letters.</summary>
    public static string ExpandLigatures(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsLigature))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 4);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    private static bool IsLigature(char character) => character is >= '\uFB00' and <= '\uFB06';

    /// <summary>Removes diacritics and expands ligatures, keeping case.</summary>
    public static string RemoveAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = ExpandLigatures(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(character))
            {
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                    continue;
            }

            switch (character)
            {
                case 'œ': builder.Append("oe"); break;
                case 'Œ': builder.Append("OE"); break;
                case 'æ': builder.Append("ae"); break;
                case 'Æ': builder.Append("AE"); break;
                case 'ß': builder.Append("ss"); break;
                case 'ø': builder.Append('o'); break;
                case 'Ø': builder.Append('O'); break;
                case 'ł': builder.Append('l'); break;
                case 'Ł': builder.Append('L'); break;
                case 'đ': builder.Append('d'); break;
                case 'Đ': builder.Append('D'); break;
                default: builder.Append(character); break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether <paramref name="phrase"/> (already folded) occurs in <paramref name="folded"/> on word
    /// boundaries, allowing <paramref name="maxEdits"/> character edits for OCR noise.</summary>
    public static bool ContainsPhrase(string folded, string phrase, int maxEdits = 0) =>
        IndexOfPhrase(folded, phrase, maxEdits) >= 0;

    /// <summary>Where <paramref name="phrase"/> occurs as in <see cref="ContainsPhrase"/>; -1 when it does not.</summary>
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

        // Short phrases and names on the stack; a long value from a hostile document on the heap.
        Span<int> previous = b.Length <= 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length <= 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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
