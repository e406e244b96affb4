using System.Globalization;
using System.Text;

namespace PortMailBot.Daemon.Workflow;

/// <summary>PDF's WinAnsiEncoding (Windows code page 1252): the character set of the standard fonts, so text in it
/// prints without embedding a font. Latin-1's letters are the same bytes as their code points; 0x80-0x9F hold
/// the typographic quotes, dashes, œ and €.</summary>
public static class WinAnsi
{
    private static readonly Dictionary<char, byte> HighBlock = new()
    {
        ['€'] = 0x80, ['‚'] = 0x82, ['ƒ'] = 0x83, ['„'] = 0x84, ['…'] = 0x85, ['†'] = 0x86, ['‡'] = 0x87, ['ˆ'] = 0x88,
        ['‰'] = 0x89, ['Š'] = 0x8A, ['‹'] = 0x8B, ['Œ'] = 0x8C, ['Ž'] = 0x8E, ['\u2018'] = 0x91, ['\u2019'] = 0x92,
        ['\u201C'] = 0x93, ['\u201D'] = 0x94, ['•'] = 0x95, ['\u2013'] = 0x96, ['\u2014'] = 0x97, ['˜'] = 0x98,
        ['™'] = 0x99, ['š'] = 0x9A, ['›'] = 0x9B, ['œ'] = 0x9C, ['ž'] = 0x9E, ['Ÿ'] = 0x9F,
    };

    /// <summary>The bytes of <paramref name="text"/>, its accents composed first. A character the encoding lacks is printed as its letter
    /// without accent when it has one (ř as r), a narrow or non-breaking space as a space, a control character as
    /// a space, anything else as '?'.</summary>
    public static byte[] Encode(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (TryByte(rune, out var b))
            {
                bytes.Add(b);
                continue;
            }

            if (rune.Value is '\u202F' or '\u2007' or '\u2009' || Rune.IsControl(rune))
            {
                bytes.Add((byte)' ');
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                // An accent that composes with no letter here: the letter before it is already printed.
                continue;
            }

            var folded = Fold(rune);
            bytes.AddRange(folded.Count > 0 ? folded : [(byte)'?']);
        }

        return [.. bytes];
    }

    private static bool TryByte(Rune rune, out byte b)
    {
        // 0x7F and 0x80-0x9F as code points are control characters, not the code page's glyphs.
        if (rune.Value is (>= 0x20 and <= 0x7E) or (>= 0xA0 and <= 0xFF))
        {
            b = (byte)rune.Value;
            return true;
        }

        b = 0;
        return rune.IsBmp && HighBlock.TryGetValue((char)rune.Value, out b);
    }

    /// <summary>The base letters of a character that decomposes (ǅ, ř, ḿ); nothing when any part of it cannot be printed.</summary>
    private static List<byte> Fold(Rune rune)
    {
        var parts = new List<byte>();
        foreach (var part in rune.ToString().Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(part) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!TryByte(part, out var b))
            {
                return [];
            }

            parts.Add(b);
        }

        return parts;
    }
}
