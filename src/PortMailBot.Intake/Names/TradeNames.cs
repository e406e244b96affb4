using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Names;

/// <summary>A holder line that names a person and the business they trade as ("Jane Doe o/a Acme Bakery", "Jean Roy
/// f.a.s.r.s. Boulangerie Roy", "Jane Doe DBA Blue Heron"): the person and the business, each on its own, since the
/// business beside the person is not a different person.</summary>
public static partial class TradeNames
{
    /// <summary>The names on either side of an "operating as" word, or the text alone when it has none.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = Separator().Split(text)
            .Select(part => part.Trim(' ', ',', ';', '-'))
            .Where(part => part.Any(char.IsLetter))
            .ToList();
        return parts.Count > 1 ? parts : [text];
    }

    [GeneratedRegex(
        @"\s+(?:o/a|d/b/a|d\.b\.a\.|dba|t/a|operating\s+as|doing\s+business\s+as|trading\s+as|f\.a\.s\.r\.s\.|fasrs|faisant\s+affaires?\s+sous(?:\s+le\s+nom\s+de)?|s/n)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Separator();
}
