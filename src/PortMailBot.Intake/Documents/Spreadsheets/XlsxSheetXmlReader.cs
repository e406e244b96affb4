using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace PortMailBot.Intake.Documents.Spreadsheets;

/// <summary>
/// Reads cell values straight from a workbook's sheet XML. Workbooks written by other programs than Excel
/// (no styles part, OOXML Strict namespaces, rows and cells without references, inline strings, values in
/// E-notation) can load in ClosedXML with no values at all; their cells are plain XML all the same. Elements
/// are matched by local name, so Strict and Transitional read alike. The package is size-checked by the caller.
/// </summary>
internal static class XlsxSheetXmlReader
{
    private const int MaxSharedStrings = 200_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = false,
    };

    public static IReadOnlyList<IReadOnlyList<string>> ReadRows(byte[] content, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var shared = zip.Entries.FirstOrDefault(e => e.FullName.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase)) is { } sst
            ? ReadSharedStrings(sst)
            : [];
        var rows = new List<IReadOnlyList<string>>();
        var sheets = zip.Entries
            .Where(e => e.FullName.Contains("worksheets/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName.Length)
            .ThenBy(e => e.FullName, StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            ReadSheet(sheet, shared, rows, cancellationToken);

            // Empty rows between sheets keep a header of one sheet from reaching into the next.
            rows.Add([]);
            if (rows.Count >= NumberTable.MaxRows)
            {
                break;
            }
        }

        return rows;
    }

    private static List<string> ReadSharedStrings(ZipArchiveEntry entry)
    {
        var strings = new List<string>();
        foreach (var si in Elements(entry, "si"))
        {
            strings.Add(TextRuns(si));
            if (strings.Count >= MaxSharedStrings)
            {
                break;
            }
        }

        return strings;
    }

    /// <summary>Each element of that local name, read whole one at a time (a row, a shared string).</summary>
    private static IEnumerable<XElement> Elements(ZipArchiveEntry entry, string localName)
    {
        using var reader = XmlReader.Create(entry.Open(), Settings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
            {
                // ReadFrom leaves the reader on the node after the element.
                yield return (XElement)XNode.ReadFrom(reader);
            }
            else
            {
                reader.Read();
            }
        }
    }

    /// <summary>The text of an &lt;si&gt; or &lt;is&gt; element: its &lt;t&gt; runs joined, phonetic runs left out.</summary>
    private static string TextRuns(XElement element) =>
        string.Concat(element.Descendants()
            .Where(e => e.Name.LocalName == "t" && e.Ancestors().All(a => a.Name.LocalName != "rPh"))
            .Select(e => e.Value));

    private static void ReadSheet(ZipArchiveEntry entry, List<string> shared, List<IReadOnlyList<string>> rows, CancellationToken cancellationToken)
    {
        foreach (var rowElement in Elements(entry, "row"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = new List<string>();
            var column = -1;
            foreach (var cell in rowElement.Elements().Where(e => e.Name.LocalName == "c"))
            {
                // A cell without a reference is the one after the previous cell.
                column = ColumnOf((string?)cell.Attribute("r")) ?? column + 1;
                if (column >= NumberTable.MaxColumns)
                {
                    break;
                }

                while (row.Count <= column)
                {
                    row.Add("");
                }

                row[column] = CellText(cell, shared);
            }

            // Like ClosedXML's used rows: a row with no value is not a row of the table.
            if (row.Any(value => value.Length > 0))
            {
                rows.Add(row);
                if (rows.Count >= NumberTable.MaxRows)
                {
                    return;
                }
            }
        }
    }

    private static string CellText(XElement cell, List<string> shared)
    {
        var value = cell.Elements().FirstOrDefault(e => e.Name.LocalName == "v")?.Value;
        return ((string?)cell.Attribute("t")) switch
        {
            "inlineStr" => cell.Elements().FirstOrDefault(e => e.Name.LocalName == "is") is { } inline ? TextRuns(inline) : value ?? "",
            "s" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Count ? shared[index] : "",
            "str" or "e" or "b" or "d" => value ?? "",
            _ => NumericText(value),
        };
    }

    /// <summary>A numeric value as its digits: writers store 4165550134 as "4165550134" or "4.165550134E9".</summary>
    private static string NumericText(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? NumberTable.NumberText(number)
            : value.Trim();
    }

    /// <summary>The zero-based column of a cell reference such as "B12" (letters in either case), or null.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(ch) - 'A' + 1);
            letters++;
            if (letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }
}
