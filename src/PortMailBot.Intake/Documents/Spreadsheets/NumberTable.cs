using System.Globalization;
using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Documents.Spreadsheets;

/// <summary>Finds the requested numbers in a table of cells (a sheet or a CSV): the column under a phone
/// header, wherever that header row is; without a header, every cell that holds a number.</summary>
internal static class NumberTable
{
    public const int MaxRows = 10_000;
    public const int MaxColumns = 64;

    private static readonly string[] HeaderWords =
    [
        "phone number", "phone numbers", "phone", "telephone", "telephone number", "telephone numbers", "tel",
        "numero", "numeros", "numero de telephone", "numeros de telephone", "no de telephone", "tn", "tns",
        "number", "numbers", "numbers to port", "number to port", "did", "dids", "ligne", "line", "lines",
        "mobile", "cell", "cellulaire", "wtn", "btn", "numero a transferer", "numeros a transferer",
    ];

    // A header of a few words, one of which names a phone number ("Tel. No.", "Numéro à porter", "Phone #").
    private static readonly HashSet<string> PhoneHeaderWords =
    [
        "phone", "phones", "telephone", "telephones", "tel", "numero", "numeros", "number", "numbers", "tn", "tns",
        "did", "dids", "ligne", "lignes", "line", "lines", "wtn", "btn", "mobile", "cell", "cellulaire", "cellular",
    ];

    private const int MaxHeaderWords = 5;

    private static readonly string[] NotPhoneHeaderWords =
    [
        "account", "compte", "ext", "extension", "sid", "postal", "zip", "invoice", "facture", "order", "commande",
        "customer", "client", "reference", "ref", "serial", "serie", "pin", "nip", "id", "contact", "callback", "rappel",
    ];

    /// <summary>The numbers of every table: sheets (and tables within one) set apart by an empty row each
    /// have their own header, so the second sheet's "Number" column is read even when the first sheet's
    /// phone column is another one.</summary>
    public static IReadOnlyList<RequestedNumber> Extract(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var tables = new List<List<IReadOnlyList<string>>>();
        var start = 0;
        for (var r = 0; r <= rows.Count; r++)
        {
            if (r == rows.Count || rows[r].All(string.IsNullOrWhiteSpace))
            {
                if (r > start)
                {
                    tables.Add(rows.Skip(start).Take(r - start).ToList());
                }

                start = r + 1;
            }
        }

        // When some table heads a column of phone numbers, that column is the list: a table without such a
        // header (an "Info" sheet with the company's contact phone) is not read cell by cell.
        var anyHeader = tables.Any(table => FindHeader(table) is not null);
        var found = new List<RequestedNumber>();
        List<int>? previousColumns = null;
        foreach (var table in tables)
        {
            found.AddRange(ExtractTable(table, ref previousColumns, everyCellWithoutHeader: !anyHeader));
        }

        return found.DistinctBy(n => n.Number).ToList();
    }

    /// <summary>One table's numbers: under its header, else under the previous table's header columns (a
    /// list that goes on after a blank row), else (when no table has a header) every cell that holds a number.</summary>
    private static List<RequestedNumber> ExtractTable(List<IReadOnlyList<string>> rows, ref List<int>? previousColumns, bool everyCellWithoutHeader)
    {
        var header = FindHeader(rows);
        var ownHeader = header is not null;
        if (header is null && previousColumns is not null)
        {
            header = (-1, previousColumns);
        }

        if (header is { } own)
        {
            previousColumns = own.Columns;
        }

        var found = new List<RequestedNumber>();
        if (header is { } h)
        {
            for (var r = h.Row + 1; r < rows.Count; r++)
            {
                foreach (var column in h.Columns)
                {
                    if (column < rows[r].Count)
                    {
                        found.AddRange(FindInCell(rows[r][column]));
                    }
                }
            }
        }

        if (found.Count == 0 && (everyCellWithoutHeader || ownHeader))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    found.AddRange(FindInCell(cell));
                }
            }
        }

        return found;
    }

    private static (int Row, List<int> Columns)? FindHeader(List<IReadOnlyList<string>> rows)
    {
        for (var r = 0; r < Math.Min(rows.Count, 50); r++)
        {
            var columns = new List<int>();
            for (var c = 0; c < rows[r].Count; c++)
            {
                var key = LabelKey.Of(rows[r][c]);
                if (key.Length == 0 || key.Length > 40 || NotPhoneHeaderWords.Any(w => key.Split(' ').Contains(w)))
                {
                    continue;
                }

                var words = key.Split(' ');
                if (HeaderWords.Contains(key)
                    || HeaderWords.Any(w => w.Contains(' ', StringComparison.Ordinal) && key.Length <= w.Length + 12 && key.Contains(w, StringComparison.Ordinal))
                    || (words.Length <= MaxHeaderWords && !key.Any(char.IsDigit) && words.Any(PhoneHeaderWords.Contains)))
                {
                    columns.Add(c);
                }
            }

            if (columns.Count > 0)
            {
                return (r, columns);
            }
        }

        return null;
    }

    private static IEnumerable<RequestedNumber> FindInCell(string cell)
    {
        if (string.IsNullOrWhiteSpace(cell) || cell.Length > 500 || cell.Count(char.IsDigit) < 7)
        {
            return [];
        }

        return PhoneNumberFinder.ParseOne(cell) is { } one ? [one] : PhoneNumberFinder.Find(cell);
    }

    /// <summary>A numeric cell's value as its digits: 8256188300 is stored as a double and must not become 8.2561883E+09.</summary>
    public static string NumberText(double value) =>
        Math.Abs(value) < 1e15 && value == Math.Floor(value)
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
}
