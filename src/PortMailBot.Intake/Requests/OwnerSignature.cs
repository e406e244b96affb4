using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>A signature that says the signer owns the account or the business ("Thanks, / Jane Doe / Owner, Blue
/// Heron", "Jane Doe, President", "Signed, Jane Doe, Président"): it names the owner, whom the check contract takes
/// for the authorized user when no one else is named. A signature with any other role (or none) names no one.</summary>
internal static partial class OwnerSignature
{
    public static string? Name(IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (MessageText.IsQuoteHeader(lines[i]))
            {
                return null;
            }

            var signed = SignedPrefix().Match(lines[i].Trim());
            if (signed.Success)
            {
                return Owner(signed.Groups["rest"].Value, null);
            }

            if (!MessageText.IsClosing(lines[i]))
            {
                continue;
            }

            var below = lines.Skip(i + 1).Where(line => !MessageText.IsBlank(line)).Take(2).Select(line => line.Trim()).ToList();
            return below.Count == 0 ? null : Owner(below[0], below.Count > 1 ? below[1] : null);
        }

        return null;
    }

    // The role after a comma on the name's line, or alone at the start of the next line.
    private static string? Owner(string line, string? next)
    {
        var comma = line.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && OwnerRole().IsMatch(line[(comma + 1)..].Trim()))
        {
            return RequestTextLocator.CleanName(line[..comma]);
        }

        return comma < 0 && next is not null && OwnerRole().IsMatch(next) ? RequestTextLocator.CleanName(line) : null;
    }

    [GeneratedRegex(@"^(?i:signed|sign[ée]|sign[ée]\s+par|signed\s+by)\s*[,:]\s*(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex SignedPrefix();

    [GeneratedRegex(
        @"^(?i:(?:co-?)?owner|proprietor|(?:co)?propri[ée]taire|pr[ée]sidente?|account\s+(?:holder|owner)|titulaire(?:\s+du\s+compte)?)(?=$|[\s,/&;(-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnerRole();
}
