using System.Text;

namespace PortMailBot.Intake.Matching;

/// <summary>OCR's usual confusions, settled by what a field is made of: a number holds only digits,
/// a name only letters. Mapping both sides of a comparison the same way keeps real differences
/// (another digit, another letter) different.</summary>
public static class OcrText
{
    /// <summary>A civic number or unit as digits: <c>O</c>→0, <c>I</c>/<c>l</c>→1, <c>S</c>→5,
    /// <c>B</c>→8, <c>Z</c>→2, <c>G</c>→6, <c>A</c>→4. Other characters stay (upper-cased).</summary>
    public static string AsDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(char.ToUpperInvariant(character) switch
            {
                'O' or 'D' or 'Q' => '0',
                'I' or 'L' or '|' or '!' => '1',
                'S' => '5',
                'B' => '8',
                'Z' => '2',
                'G' => '6',
                'A' => '4',
                var other => other,
            });
        }

        return builder.ToString();
    }

    /// <summary>Folded letters as OCR may have misread them (<c>0</c>→o, <c>1</c>/<c>|</c>/<c>i</c>→l,
    /// <c>5</c>→s, <c>8</c>→b): for names and words, where a digit cannot belong.</summary>
    public static string AsLetters(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var builder = new StringBuilder(folded.Length);
        foreach (var character in folded)
        {
            builder.Append(character switch
            {
                '0' => 'o',
                '1' or '|' or '!' or 'i' => 'l',
                '5' => 's',
                '8' => 'b',
                '6' => 'g',
                '2' => 'z',
                var other => other,
            });
        }

        return builder.ToString();
    }
}
