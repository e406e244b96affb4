using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using PortMailBot.Intake.Verdicts;
using PortMailBot.TestData;
using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Check;

/// <summary>Inputs built to exhaust a parser: each must come back as a verdict that says the
/// attachment could not be read (or read it within bounds), in bounded time.</summary>
public sealed class HostileInputTests(IntakeHostFixture fixture) : IClassFixture<IntakeHostFixture>
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_50_MB_attachment_is_refused_not_read()
    {
        var content = new byte[50 * 1024 * 1024];
        new Random(7).NextBytes(content);

        var verdict = await CheckAsync("scan.pdf", content);

        Assert.Contains(ReasonCode.AttachmentUnreadable, verdict.Reasons);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("bill.pdf", CompressionLevel.SmallestSize).OpenAsync(TestContext.Current.CancellationToken);
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 512; i++)
            {
                await entry.WriteAsync(zeros, TestContext.Current.CancellationToken);
            }
        }

        var verdict = await CheckAsync("documents.zip", zip.ToArray());

        Assert.Contains(ReasonCode.AttachmentUnreadable, verdict.Reasons);
    }

    [Fact]
    public async Task A_png_of_30000_by_30000_pixels_is_refused_before_decoding()
    {
        var verdict = await CheckAsync("bill.png", PngFiles.Claiming(30000, 30000));

        Assert.Contains(ReasonCode.AttachmentUnreadable, verdict.Reasons);
        Assert.DoesNotContain(verdict.Documents, d => d.Kind == "bill");
    }

    [Fact]
    public async Task A_spreadsheet_of_a_million_rows_gets_a_verdict()
    {
        var rows = Enumerable.Range(0, 1_000_000).Select(i => $"<row r=\"{i + 1}\"><c r=\"A{i + 1}\"><v>{4163200000L + (i % 9000)}</v></c></row>");

        var verdict = await CheckAsync("numbers.xlsx", Workbook(string.Concat(rows), sharedStrings: null));

        Assert.Equal(Verdict.Reject, verdict.Decision);
    }

    [Fact]
    public async Task A_spreadsheet_with_a_huge_shared_strings_table_gets_a_verdict()
    {
        var strings = string.Concat(Enumerable.Range(0, 2_000_000).Select(i => $"<si><t>row {i} of padding text</t></si>"));
        var sharedStrings = $"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2000000\" uniqueCount=\"2000000\">{strings}</sst>";

        var verdict = await CheckAsync("numbers.xlsx", Workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", sharedStrings));

        Assert.Equal(Verdict.Reject, verdict.Decision);
    }

    private async Task<Verdict> CheckAsync(string fileName, byte[] content)
    {
        var message = TestMessages.WithAttachment(fileName, content);
        return await Task.Run(() => fixture.Host.Pipeline.Check(message, fileName, AsOf, TestContext.Current.CancellationToken).Verdict, TestContext.Current.CancellationToken)
            .WaitAsync(Budget, TestContext.Current.CancellationToken);
    }

    /// <summary>A minimal .xlsx package around one sheet's rows, written by hand so the test
    /// controls the size of each part.</summary>
    private static byte[] Workbook(string sheetRows, string? sharedStrings)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (sharedStrings is null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                + "</Types>",
            ["_rels/.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
            ["xl/workbook.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Numbers\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            ["xl/_rels/workbook.xml.rels"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings is null ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + "</Relationships>",
            ["xl/worksheets/sheet1.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{main}\"><sheetData>{sheetRows}</sheetData></worksheet>",
        };
        if (sharedStrings is not null)
        {
            parts["xl/sharedStrings.xml"] = sharedStrings;
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return zip.ToArray();
    }
}
