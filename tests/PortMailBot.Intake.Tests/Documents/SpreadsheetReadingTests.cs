using System.Text;
using ClosedXML.Excel;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Documents;

public sealed class SpreadsheetReadingTests
{
    private static readonly DocumentReader Reader = new(new UnavailableOcrEngine());

    [Fact]
    public void Xlsx_with_header_on_row_3_and_numeric_cells()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Notes").Cell(1, 1).Value = "nothing here";
        var sheet = workbook.AddWorksheet("Lines");
        sheet.Cell(1, 1).Value = "Pine and Birch Interiors — port request";
        sheet.Cell(3, 1).Value = "Location";
        sheet.Cell(3, 2).Value = "Numéro";
        sheet.Cell(3, 3).Value = "Account number";
        sheet.Cell(4, 1).Value = "Reception";
        sheet.Cell(4, 2).Value = 8256188300d;
        sheet.Cell(4, 3).Value = 4165550000d;
        sheet.Cell(5, 1).Value = "Fax";
        sheet.Cell(5, 2).Value = "(587) 405-3934";
        sheet.Cell(6, 2).Value = 18256188301d;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var document = Reader.Read(new AttachmentFile("numbers.xlsx", "application/octet-stream", stream.ToArray()), TestContext.Current.CancellationToken);

        Assert.Null(document.Unreadable);
        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(["+18256188300", "+15874053934", "+18256188301"], document.ListedNumbers.Select(n => n.Number));
    }

    [Fact]
    public void Csv_with_semicolons_and_quotes()
    {
        var csv = "Nom;\"Téléphone\";Notes\r\n\"Doe; Jane\";\"416-320-4134\";main\r\nFax;4163204135;\"said \"\"keep\"\"\"\r\n";

        var document = Reader.Read(new AttachmentFile("liste.csv", "text/csv", Encoding.UTF8.GetBytes(csv)), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(["+14163204134", "+14163204135"], document.ListedNumbers.Select(n => n.Number));
    }

    [Fact]
    public void Csv_with_tabs_and_no_header()
    {
        var csv = "Reception\t(778) 674-7563\nShop\t604.334.3338\n";

        var document = Reader.Read(new AttachmentFile("n.csv", "text/csv", Encoding.Latin1.GetBytes(csv)), TestContext.Current.CancellationToken);

        Assert.Equal(["+17786747563", "+16043343338"], document.ListedNumbers.Select(n => n.Number));
    }

    [Fact]
    public void Text_file_that_is_a_list_of_numbers()
    {
        var text = "Numbers to port:\n416-320-4134\n416-320-4135\n";

        var document = Reader.Read(new AttachmentFile("numbers.txt", "text/plain", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(2, document.ListedNumbers.Count);
    }

    [Fact]
    public void Text_file_of_prose_is_not_a_number_list()
    {
        var text = "Hello,\nplease call me at 416-320-4134 about the port.\nThanks\nJane\n";

        var document = Reader.Read(new AttachmentFile("note.txt", "text/plain", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Other, document.Kind);
    }

    [Fact]
    public void Legacy_xls_is_unreadable_with_a_clear_reason()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var document = Reader.Read(new AttachmentFile("numbers.xls", "application/vnd.ms-excel", ole), TestContext.Current.CancellationToken);

        Assert.Equal("legacy .xls not supported; send .xlsx or .csv", document.Unreadable);
        Assert.Equal(DocumentKind.Other, document.Kind);
    }

    [Fact]
    public void Xlsx_with_a_huge_part_is_refused_before_loading()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var workbookXml = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open()))
            {
                workbookXml.Write("<workbook/>");
            }

            using var strings = zip.CreateEntry("xl/sharedStrings.xml", System.IO.Compression.CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 25; i++)
            {
                strings.Write(zeros);
            }
        }

        var document = Reader.Read(new AttachmentFile("bomb.xlsx", "application/octet-stream", buffer.ToArray()), TestContext.Current.CancellationToken);

        Assert.NotNull(document.Unreadable);
        Assert.Contains("too large", document.Unreadable, StringComparison.Ordinal);
    }
}
