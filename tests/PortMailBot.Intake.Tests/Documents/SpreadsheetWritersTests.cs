using System.IO.Compression;
using System.Text;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Number lists as programs other than Excel write them: workbooks without a styles part, in OOXML
/// Strict, without cell references, with inline strings or E-notation values; CSV in UTF-16.</summary>
public sealed class SpreadsheetWritersTests
{
    private const string Transitional = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    private static readonly DocumentReader Reader = new(new UnavailableOcrEngine());

    private static readonly string[] Numbers = ["+14162329355", "+16474414081", "+15063149516"];

    [Theory]
    [InlineData(Transitional, true, "shared", "plain")]
    [InlineData(Transitional, false, "inline", "plain")]
    [InlineData(Transitional, true, "shared", "enotation")]
    [InlineData(Transitional, false, "shared", "enotation")]
    [InlineData(Strict, true, "shared", "plain")]
    [InlineData(Strict, false, "inline", "enotation")]
    [InlineData(Transitional, true, "inline", "formula")]
    public void Workbook_without_styles_is_read_from_its_sheet_xml(string ns, bool references, string headerStyle, string valueStyle)
    {
        var rows = new StringBuilder();
        rows.Append(Row(references, 2, Cell(references, "A", 2, headerStyle, "Location"), Cell(references, "B", 2, headerStyle, "Numéro de téléphone")));
        for (var i = 0; i < Numbers.Length; i++)
        {
            var digits = Numbers[i][2..];
            var value = valueStyle switch
            {
                "enotation" => $"<v>{double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture):0.000000000E0}</v>",
                "formula" => $"<f>{digits[..3]}*10000000+{digits[3..]}</f><v>{digits}</v>",
                _ => $"<v>{digits}</v>",
            };
            var r = i + 3;
            var reference = references ? $" r=\"B{r}\"" : "";
            rows.Append(Row(references, r, Cell(references, "A", r, "inline", "Office " + i), $"<c{reference}>{value}</c>"));
        }

        var document = Reader.Read(new AttachmentFile("Liste.xlsx", "application/octet-stream", Workbook(ns, rows.ToString())), TestContext.Current.CancellationToken);

        Assert.Null(document.Unreadable);
        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(Numbers, document.ListedNumbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Liste préparée le 2026-11-20", "plain")]
    [InlineData("Numbers to port - Suite 1200, 250 Queens Quay W", "enotation")]
    [InlineData("Ref. 20261120-0042", "plain")]
    [InlineData("Prepared Nov 20 2026 by 4165550100", "enotation")]
    public void Workbook_without_styles_keeps_its_numbers_under_a_title_with_digits(string title, string valueStyle)
    {
        // ClosedXML keeps the text cells of such a workbook and drops its numeric ones: a title holding
        // digits must not pass for the numbers having been read.
        var rows = new StringBuilder();
        rows.Append(Row(true, 1, Cell(true, "A", 1, "inline", title)));
        rows.Append(Row(true, 3, Cell(true, "A", 3, "shared", "Location"), Cell(true, "B", 3, "shared", "Numéro de téléphone")));
        for (var i = 0; i < Numbers.Length; i++)
        {
            var digits = Numbers[i][2..];
            var value = valueStyle == "enotation"
                ? $"<v>{double.Parse(digits, System.Globalization.CultureInfo.InvariantCulture):0.000000000E0}</v>"
                : $"<v>{digits}</v>";
            var r = i + 4;
            rows.Append(Row(true, r, Cell(true, "A", r, "inline", "Office " + i), $"<c r=\"B{r}\">{value}</c>"));
        }

        var document = Reader.Read(new AttachmentFile("Liste.xlsx", "application/octet-stream", Workbook(Transitional, rows.ToString())), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(Numbers, document.ListedNumbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("utf-16le-bom", '\t')]
    [InlineData("utf-16le", '\t')]
    [InlineData("utf-16be-bom", ',')]
    [InlineData("utf-16le-bom", ';')]
    public void Csv_in_utf16_is_read(string encoding, char delimiter)
    {
        var text = $"Emplacement{delimiter}Numéro\r\n" + string.Concat(Numbers.Select((n, i) => $"Poste {i}{delimiter}{n[2..5]}-{n[5..8]}-{n[8..]}\r\n"));
        byte[] bytes = encoding switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.Unicode.GetBytes(text),
        };

        var document = Reader.Read(new AttachmentFile("numeros.csv", "text/csv", bytes), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(Numbers, document.ListedNumbers.Select(n => n.Number));
    }

    private static string Row(bool references, int r, params string[] cells) =>
        (references ? $"<row r=\"{r}\">" : "<row>") + string.Concat(cells) + "</row>";

    private static string Cell(bool references, string column, int r, string style, string text)
    {
        var reference = references ? $" r=\"{column}{r}\"" : "";
        return style == "shared"
            ? $"<c{reference} t=\"s\"><v>{SharedIndex(text)}</v></c>"
            : $"<c{reference} t=\"inlineStr\"><is><t>{text}</t></is></c>";
    }

    private static int SharedIndex(string text) => text == "Location" ? 0 : 1;

    private static byte[] Workbook(string ns, string sheetRows)
    {
        var strict = ns == Strict;
        var relNs = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>",
            ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{relNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{ns}\" xmlns:r=\"{relNs}\"><sheets><sheet name=\"Feuille1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{relNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{relNs}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>",
            ["xl/worksheets/sheet1.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{ns}\"><sheetData>{sheetRows}</sheetData></worksheet>",
            ["xl/sharedStrings.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{ns}\" count=\"2\" uniqueCount=\"2\"><si><t>Location</t></si>"
                + "<si><r><rPr><b/></rPr><t>Numéro</t></r><r><t xml:space=\"preserve\"> de téléphone</t></r></si></sst>",
        };
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return stream.ToArray();
    }
}
