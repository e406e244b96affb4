using System.Text;
using ClosedXML.Excel;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>A workbook with a sheet of the requester's details (a contact phone, a fax) beside the sheet that
/// heads its column of numbers: only that column is the list to port.</summary>
public sealed class SpreadsheetInfoSheetTests
{
    private static readonly DocumentReader Reader = new(new UnavailableOcrEngine());

    private static readonly string[] Headers = ["DID", "TN", "Numéro", "No de téléphone", "Telephone Number", "Ligne", "Phone numbers"];

    public static TheoryData<string, bool, bool> Workbooks()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var header in Headers)
        {
            data.Add(header, true, false);
            data.Add(header, false, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void A_details_sheet_adds_no_number_to_the_headed_list(string header, bool detailsFirst, bool numericCells)
    {
        using var workbook = new XLWorkbook();
        if (detailsFirst)
        {
            AddDetails(workbook.AddWorksheet("Info"));
        }

        var list = workbook.AddWorksheet("Lines");
        list.Cell(2, 2).Value = "Location";
        list.Cell(2, 3).Value = header;
        list.Cell(3, 2).Value = "Reception";
        list.Cell(4, 2).Value = "Fax";
        if (numericCells)
        {
            list.Cell(3, 3).Value = 9055270144d;
            list.Cell(4, 3).Value = 12894300188d;
        }
        else
        {
            list.Cell(3, 3).Value = "905-527-0144";
            list.Cell(4, 3).Value = "+1 (289) 430-0188";
        }

        if (!detailsFirst)
        {
            AddDetails(workbook.AddWorksheet("Contact"));
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var document = Reader.Read(new AttachmentFile("numbers.xlsx", "application/octet-stream", stream.ToArray()), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Numbers, document.Kind);
        Assert.Equal(["+19055270144", "+12894300188"], document.ListedNumbers.Select(n => n.Number));
    }

    [Fact]
    public void A_csv_with_a_details_block_above_its_headed_list_reads_only_the_list()
    {
        var csv = "Company,Osei Consulting\nContact phone,905-527-0100\n\nTN,User\n905-527-0144,Kevin\n289-430-0188,Fax\n";

        var document = Reader.Read(new AttachmentFile("lines.csv", "text/csv", Encoding.UTF8.GetBytes(csv)), TestContext.Current.CancellationToken);

        Assert.Equal(["+19055270144", "+12894300188"], document.ListedNumbers.Select(n => n.Number));
    }

    [Fact]
    public void A_workbook_without_any_header_still_gives_every_number()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("A").Cell(1, 1).Value = "905-527-0144";
        workbook.AddWorksheet("B").Cell(3, 2).Value = 2894300188d;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var document = Reader.Read(new AttachmentFile("numbers.xlsx", "application/octet-stream", stream.ToArray()), TestContext.Current.CancellationToken);

        Assert.Equal(["+19055270144", "+12894300188"], document.ListedNumbers.Select(n => n.Number));
    }

    private static void AddDetails(IXLWorksheet sheet)
    {
        sheet.Cell(1, 1).Value = "Company";
        sheet.Cell(1, 2).Value = "Osei Consulting";
        sheet.Cell(2, 1).Value = "Contact phone";
        sheet.Cell(2, 2).Value = "905-527-0100";
        sheet.Cell(3, 1).Value = "Fax";
        sheet.Cell(3, 2).Value = 9055270101d;
    }
}
