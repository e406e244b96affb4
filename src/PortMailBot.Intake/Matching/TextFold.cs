using System.Globalization;
using System.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>Folds text for comparison the way a person reads it: accents, case, punctuation and
/// spacing do not matter.</summary>
public static class TextFold
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

    /// <summary><see cref="Fold"/> with every space removed: the form to compare whole values.</summary>
    public static string Compact(string? text) => Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string? text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Removes diacritics and expands ligatures, keeping case.</summary>
    public static string RemoveAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
}
