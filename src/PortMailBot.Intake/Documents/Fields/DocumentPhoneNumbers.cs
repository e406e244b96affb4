using System.Text;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>The telephone numbers a document shows, line by line; on a scan, OCR's letter look-alikes in runs of
/// digits read back as digits, and each number told apart when a word it was read from was read unsurely.</summary>
internal static partial class DocumentPhoneNumbers
{
    public sealed record Found(IReadOnlyList<string> Numbers, IReadOnlyList<UnsureNumber> Unsure);

    public static Found Find(PageLayout layout)
    {
        var found = new List<string>();
        var unsure = new List<UnsureNumber>();
        foreach (var line in layout.Lines)
        {
            var text = layout.FromOcr ? FixOcrDigits(line.Text) : line.Text;
            IReadOnlyList<RequestedNumber> numbers;
            try
            {
                numbers = PhoneNumberFinder.Find(text);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                continue;
            }

            found.AddRange(numbers.Select(n => n.Number));
            if (layout.FromOcr)
            {
                unsure.AddRange(numbers.Select(n => Unsure(n.Number, line.Words)).OfType<UnsureNumber>());
            }
        }

        return new Found(found.Distinct(StringComparer.Ordinal).ToList(), unsure.DistinctBy(u => u.Number, StringComparer.Ordinal).ToList());
    }

    /// <summary>Which digits of <paramref name="number"/> (E.164) came from words read below
    /// <see cref="UnsureReadings.ReliableConfidence"/>; null when none did. The number's ten digits are found in
    /// the run of the line's digits, word by word; when they cannot be placed, every digit counts as unsure when
    /// any word of digits on the line was.</summary>
    private static UnsureNumber? Unsure(string number, IReadOnlyList<TextWord> words)
    {
        var national = number.Length >= 10 ? number[^10..] : number;
        var digits = new StringBuilder();
        var owners = new List<TextWord>();
        foreach (var word in words)
        {
            foreach (var c in AsDigits(word.Text))
            {
                digits.Append(c);
                owners.Add(word);
            }
        }

        var offset = number.Length - national.Length;
        var at = digits.ToString().IndexOf(national, StringComparison.Ordinal);
        var positions = at < 0
            ? owners.Any(w => UnsureReadings.IsUnsure(w.Confidence)) ? Enumerable.Range(offset, national.Length).ToList() : []
            : Enumerable.Range(0, national.Length).Where(i => UnsureReadings.IsUnsure(owners[at + i].Confidence)).Select(i => offset + i).ToList();
        return positions.Count > 0 ? new UnsureNumber(number, positions) : null;
    }

    /// <summary>The digits of a word, its digit look-alike letters read as digits when the word has a digit.</summary>
    private static IEnumerable<char> AsDigits(string word) =>
        word.Any(char.IsAsciiDigit) ? word.Select(DigitOf).Where(char.IsAsciiDigit) : [];

    private static char DigitOf(char c) => c switch
    {
        'O' or 'o' => '0',
        'I' or 'l' or '|' => '1',
        'S' => '5',
        'B' => '8',
        _ => c,
    };

    /// <summary>In runs that are mostly digits, OCR's letter look-alikes are turned back into digits.</summary>
    private static string FixOcrDigits(string text) =>
        DigitLike().Replace(text, m => m.Value.Count(char.IsDigit) < 7 ? m.Value : string.Concat(m.Value.Select(DigitOf)));

    [GeneratedRegex(@"[0-9OoIlSB|()\-. ]{10,}")]
    private static partial Regex DigitLike();
}
