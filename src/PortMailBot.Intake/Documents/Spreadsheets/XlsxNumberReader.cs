using System.IO.Compression;
using ClosedXML.Excel;

namespace PortMailBot.Intake.Documents.Spreadsheets;

/// <summary>Reads the cells of an .xlsx/.xlsm workbook (every sheet, bounded). The package is inspected
/// first so that a zip bomb (a huge sheet or shared-strings part) is refused before ClosedXML loads it.</summary>
internal static class XlsxNumberReader
{
    private const long MaxPartBytes = 20L * 1024 * 1024;
    private const long MaxTotalBytes = 60L * 1024 * 1024;
    private const int MaxEntries = 2_000;

    public static IReadOnlyList<IReadOnlyList<string>> ReadRows(byte[] content, CancellationToken cancellationToken)
    {
        CheckPackage(content);
        IReadOnlyList<IReadOnlyList<string>> rows;
        try
        {
            rows = ReadWithClosedXml(content, cancellationToken);
        }
        catch (DocumentUnreadableException)
        {
            if (ReadSheetXml(content, cancellationToken) is { } fromXml && HasNumberLikeCell(fromXml))
            {
                return fromXml;
            }

            throw;
        }

        // Workbooks from other writers (no styles part, Strict namespaces) can load with some values or none:
        // ClosedXML drops the numeric cells of a workbook without styles while keeping its text cells (a title,
        // a header). When the sheet XML holds more values than were loaded, values were lost, and the XML is read.
        return ReadSheetXml(content, cancellationToken) is { } xmlRows && HasNumberLikeCell(xmlRows) && ValueCount(xmlRows) > ValueCount(rows)
            ? xmlRows
            : rows;
    }

    private static int ValueCount(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Sum(row => row.Count(cell => !string.IsNullOrWhiteSpace(cell)));

    private static bool HasNumberLikeCell(IReadOnlyList<IReadOnlyList<string>> rows) =>
        rows.Any(row => row.Any(cell => cell.Count(char.IsDigit) >= 7));

    private static IReadOnlyList<IReadOnlyList<string>>? ReadSheetXml(byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            return XlsxSheetXmlReader.ReadRows(content, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private static List<IReadOnlyList<string>> ReadWithClosedXml(byte[] content, CancellationToken cancellationToken)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(content, writable: false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentUnreadableException("corrupt or unsupported .xlsx: " + ex.Message, ex);
        }

        using (workbook)
        {
            var rows = new List<IReadOnlyList<string>>();
            try
            {
                foreach (var sheet in workbook.Worksheets)
                {
                    foreach (var row in sheet.RowsUsed())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (rows.Count >= NumberTable.MaxRows)
                        {
                            return rows;
                        }

                        var cells = new List<string>();
                        foreach (var cell in row.Cells(1, Math.Min(NumberTable.MaxColumns, Math.Max(1, row.LastCellUsed()?.Address.ColumnNumber ?? 1))))
                        {
                            cells.Add(CellText(cell));
                        }

                        rows.Add(cells);
                    }

                    // Empty rows between sheets keep a header of one sheet from reaching into the next.
                    rows.Add([]);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (rows.Count == 0)
                {
                    throw new DocumentUnreadableException("corrupt .xlsx: " + ex.Message, ex);
                }
            }

            return rows;
        }
    }

    private static string CellText(IXLCell cell)
    {
        try
        {
            // Formulas are not evaluated (a hostile workbook could make that expensive): their cached value is used.
            var value = cell.HasFormula ? cell.CachedValue : cell.Value;
            return value switch
            {
                double d => NumberTable.NumberText(d),
                int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
                decimal m => NumberTable.NumberText((double)m),
                null => "",
                _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return "";
        }
    }

    private static void CheckPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw new DocumentUnreadableException("spreadsheet package has too many parts");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPartBytes)
                {
                    throw new DocumentUnreadableException("spreadsheet too large (part " + entry.FullName + ")");
                }

                total += entry.Length;
            }

            if (total > MaxTotalBytes)
            {
                throw new DocumentUnreadableException("spreadsheet too large");
            }

            if (zip.GetEntry("xl/workbook.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new DocumentUnreadableException("not an .xlsx workbook");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentUnreadableException("corrupt .xlsx (not a valid zip package)", ex);
        }
    }
}
