using System.Text.RegularExpressions;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Names;

/// <summary>Businesses a text names as businesses: a labelled field ("Company: Silver Birch", "Raison sociale :
/// Blue Heron"), a sentence ("on behalf of Silver Birch", "représentante autorisée de Blue Heron", "Owner,
/// Silver Birch") or the signature's lines under the signer's name. A document whose holder line is one of them
/// shows that business, not a person: a name with no business word ("Silver Birch") is then not read as a person
/// different from the authorized user.</summary>
public static partial class BusinessNames
{
    private const int MaxLength = 80;

    // Legal forms that one side may write and the other leave out ("Silver Birch Inc." = "SILVER BIRCH").
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "ltd", "ltee", "limited", "limitee", "corp", "corporation", "llc", "llp", "enr", "senc",
        "sencrl", "co", "cie", "the", "les", "la", "le", "and", "et",
    };

    /// <summary>The business names <paramref name="text"/> states, as written.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        var found = new List<string>();
        foreach (var line in lines)
        {
            if (Labelled().Match(line) is { Success: true } labelled)
            {
                found.Add(labelled.Groups["v"].Value);
            }

            if (RoleThenBusiness().Match(line) is { Success: true } role)
            {
                found.Add(role.Groups["v"].Value);
            }

            found.AddRange(Sentence().Matches(line).Select(m => m.Groups["v"].Value));
        }

        found.AddRange(SignatureLines(lines));
        return found.Select(Clean).Where(v => v.Length is > 1 and <= MaxLength && v.Any(char.IsLetter))
            .Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether <paramref name="name"/> is one of <paramref name="businesses"/>: the same words, case,
    /// accents, punctuation and a legal form ("Inc.", "ltée") aside.</summary>
    public static bool IsOneOf(string name, IEnumerable<string> businesses)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        var key = Key(name);
        return key.Length > 0 && businesses.Any(b => Key(b) == key);
    }

    private static string Key(string text) =>
        string.Concat(TextFold.Words(text.Replace('&', ' ').Replace('+', ' ')).Where(w => !LegalForms.Contains(w)));

    /// <summary>The lines under the signer's in a closing ("Thanks,", "Cordialement,", "Signed, Jane Doe,
    /// President"): the signer's title and business. The signer's own line is never one (it may be another
    /// person); lines with digits or an address sign (phone, e-mail, web) are contact details.</summary>
    private static IEnumerable<string> SignatureLines(List<string> lines)
    {
        for (var index = 0; index < lines.Count; index++)
        {
            var signedLine = SignedLine().IsMatch(lines[index]);
            if (!signedLine && !Closing().IsMatch(lines[index]))
            {
                continue;
            }

            // After a closing word, the next non-empty line is the signer; after "Signed, Jane Doe", this line is.
            var at = index + 1;
            if (!signedLine)
            {
                while (at < lines.Count && lines[at].Length == 0)
                {
                    at++;
                }

                at++;
            }

            for (var taken = 0; at < lines.Count && taken < 3 && lines[at].Length > 0; at++, taken++)
            {
                var line = lines[at];
                if (!line.Any(char.IsDigit) && !line.Contains('@', StringComparison.Ordinal) && !line.Contains("www", StringComparison.OrdinalIgnoreCase))
                {
                    yield return RoleThenBusiness().Match(line) is { Success: true } role ? role.Groups["v"].Value : line;
                }
            }
        }
    }

    private static string Clean(string value)
    {
        var cut = CutPattern().Match(value);
        var kept = cut.Success ? value[..cut.Index] : value;
        return kept.Trim(' ', '.', ',', ';', ':', '-', '"', '\'', '«', '»', '“', '”');
    }

    private const string Business =
        @"business(?:\s+name)?|company(?:\s+name)?|organi[sz]ation(?:\s+name)?|entreprise|nom\s+de\s+l['’]\s*entreprise|"
        + @"raison\s+sociale|soci[ée]t[ée]|nom\s+commercial|nom\s+de\s+l['’]\s*organisation|trade\s+name|operating\s+name|"
        + @"legal\s+name|business\s+legal\s+name|dénomination(?:\s+sociale)?|commerce|employer|employeur";

    private const string Roles =
        @"owner|co-owner|president|vice[\s-]president|ceo|coo|cfo|manager|office\s+manager|general\s+manager|director|founder|"
        + @"partner|principal|propri[ée]taire|copropri[ée]taire|pr[ée]sidente?|vice-pr[ée]sidente?|g[ée]rante?|directeur|"
        + @"directrice|fondateur|fondatrice|associ[ée]e?|administrat(?:eur|rice)";

    [GeneratedRegex(@"^(?:" + Business + @")\s*(?:\([^)]*\))?\s*[:\-–]\s*(?<v>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:" + Roles + @")(?:\s*(?:&|and|et|/)\s*(?:" + Roles + @"))?\s*[,\-–]\s*(?<v>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RoleThenBusiness();

    [GeneratedRegex(
        @"(?:(?<=^|[.!?:]\s*)(?:au\s+nom\s+de|pour\s+le\s+compte\s+de)|\b(?:on\s+behalf\s+of|representative\s+of|repr[ée]sentante?(?:\(e\))?\s+(?:autoris[ée]e?(?:\(e\))?\s+)?(?:de|d['’])|"
        + @"(?:" + Roles + @")\s+(?:of|de|d['’])|operating\s+as|doing\s+business\s+as|o/a|d/b/a|dba|f\.a\.s\.r\.s\.|faisant\s+affaires?\s+sous(?:\s+le\s+nom\s+de)?))"
        + @"\s*(?<v>[^,;()\n]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    // "Au nom de" opens a sentence ("Au nom de Blue Heron, je …") to speak for a business; inside one ("le compte est
    // au nom de Jean Roy") it names the account's holder, who may be a person.
    private static partial Regex Sentence();

    [GeneratedRegex(@"^(?:thanks|thank\s+you|many\s+thanks|regards|best\s+regards|kind\s+regards|warm\s+regards|best|sincerely|cheers|"
        + @"merci(?:\s+beaucoup)?|cordialement|salutations|bien\s+[àa]\s+vous|sinc[èe]rement|respectueusement)\b[\s,.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^(?:signed|sign[ée]e?)\s*[,:]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SignedLine();

    // A value ends at a sentence's end or an aside: "Silver Birch. We …", "Silver Birch (our shop)", "Silver Birch, I ask".
    [GeneratedRegex(@"\.\s|[,;(]|\s[-–]\s|\s{3,}|\bI\s|\bje\s|\bwe\s|\bnous\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CutPattern();
}
