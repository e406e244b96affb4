using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>An accented letter on a scan is a small mark over a small letter: a degraded scan keeps the mark but
/// may lose which letter is under it ("Côté" read "Cété", "Lévêque" read "Lévéque"). A word read so, where the word
/// it is compared with has an accented letter at that very place and every other letter the same, was not read
/// surely enough to differ from it. A plain letter read differently, a letter more or less, or an accent where the
/// other word has none stays a difference.</summary>
public static partial class OcrAccents
{
    /// <summary>More accented letters than this misread in one word: it is another word, not a misreading.</summary>
    private const int MaxConfusedLetters = 2;

    /// <summary><paramref name="read"/> (OCR's text) with each word that is <see cref="Alike"/> a word of
    /// <paramref name="compared"/> but not the same word written as that word; null when no word was.</summary>
    public static string? ReadAs(string read, string compared)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(compared);
        var targets = Word().Matches(compared.Normalize(NormalizationForm.FormC)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var changed = false;
        var reading = Word().Replace(read.Normalize(NormalizationForm.FormC), match =>
        {
            if (targets.Any(t => TextFold.Compact(t) == TextFold.Compact(match.Value)))
            {
                return match.Value;
            }

            var target = targets.FirstOrDefault(t => Alike(match.Value, t));
            changed |= target is not null;
            return target ?? match.Value;
        });
        return changed ? reading : null;
    }

    /// <summary>Whether the word <paramref name="read"/> differs from <paramref name="meant"/> only where both
    /// have an accented letter (case and which accent aside), in at least one and at most
    /// <see cref="MaxConfusedLetters"/> places.</summary>
    public static bool Alike(string read, string meant)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(meant);
        read = read.Normalize(NormalizationForm.FormC);
        meant = meant.Normalize(NormalizationForm.FormC);
        if (read.Length != meant.Length)
        {
            return false;
        }

        var confused = 0;
        for (var i = 0; i < read.Length; i++)
        {
            if (Base(read[i]) == Base(meant[i]))
            {
                continue;
            }

            if (!IsAccented(read[i]) || !IsAccented(meant[i]))
            {
                return false;
            }

            confused++;
        }

        return confused is > 0 and <= MaxConfusedLetters;
    }

    private static char Base(char letter) => char.ToLowerInvariant(TextFold.RemoveAccents(letter.ToString()) is [var single] ? single : letter);

    private static bool IsAccented(char letter) =>
        char.IsLetter(letter) && letter.ToString().Normalize(NormalizationForm.FormD).Skip(1).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
