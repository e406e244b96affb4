using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Requests;

/// <summary>A table in the message (cells set apart by tabs, as an HTML table becomes, or by runs of spaces)
/// whose header names an account, invoice or reference number column: the cells under that caption are
/// identifiers, never phone numbers, however many digits they hold. They are blanked so that no reader takes
/// them for numbers to port.</summary>
internal static partial class AccountNumberColumns
{
    public static string[] Blank(string[] lines)
    {
        string[]? result = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var tabbed = lines[i].Contains('\t', StringComparison.Ordinal);
            var separator = tabbed ? TabGap() : SpaceGap();
            var captions = separator.Split(lines[i].Trim());
            var columns = Enumerable.Range(0, captions.Length).Where(k => AccountCaption().IsMatch(captions[k].Trim())).ToList();
            if (captions.Length < 2 || columns.Count == 0 || captions.Any(c => c.Any(char.IsDigit)))
            {
                continue;
            }

            for (var row = i + 1; row < lines.Length; row++)
            {
                var cells = separator.Split(lines[row].Trim());
                if (cells.Length != captions.Length)
                {
                    break;
                }

                result ??= [.. lines];
                foreach (var k in columns)
                {
                    cells[k] = "";
                }

                result[row] = string.Join(tabbed ? "\t" : "   ", cells);
                i = row;
            }
        }

        return result ?? lines;
    }

    [GeneratedRegex(@"\t")]
    private static partial Regex TabGap();

    [GeneratedRegex(@" {2,}|\t")]
    private static partial Regex SpaceGap();

    // "Account #", "Account number", "Acct no.", "Invoice #", "Reference", "N° de compte", "Numéro de client"; not a
    // bare "Client" or "Customer", which may caption the holder's name.
    [GeneratedRegex(
        @"^(?:(?:account|acct)\s*(?:#|no\.?|number|num\.?|n°|id)?|(?:invoice|customer|client|order|contract)\s*(?:#|no\.?|number|num\.?|n°|id)|" +
        @"ref(?:erence)?\s*(?:#|no\.?|number)?|n(?:um[ée]ro|o\.?|°)\s*(?:de\s+|du\s+)?(?:compte|client|facture|r[ée]f[ée]rence|contrat))\s*:?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccountCaption();
}
