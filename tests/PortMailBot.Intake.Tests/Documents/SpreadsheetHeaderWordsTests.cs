using System.Text;
using ClosedXML.Excel;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>A phone column headed in words of its own ("Tel. No.", "Numéro à porter", "Phone #") beside an
/// account column of ten-digit values: the header's words name the phone column, so the account numbers are
/// not read as numbers to port.</summary>
public sealed class SpreadsheetHeaderWordsTests
{
    private static readonly DocumentReader Reader = new(new UnavailableOcrEngine());

    private static readonly string[] PhoneHeaders =
        ["Tel. No.", "Numéro à porter", "Phone #", "No de ligne", "Lines to move", "DID number", "Cell phone", "Téléphone (bureau)"];

    private static readonly string[] OtherHeaders = ["Account", "Compte", "Customer number", "No de client", "Invoice #", "Contact phone"];

    public static TheoryData<string, string, bool> Sheets()
    {
        var data = new TheoryData<string, string, bool>();
        var i = 0;
        foreach (var phone in PhoneHeaders)
        {
            data.Add(phone, OtherHeaders[i++ % OtherHeaders.Length], true);
            data.Add(phone, OtherHeaders[i++ % OtherHeaders.Length], false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Only_the_column_the_header_words_name_is_read(string phoneHeader, string otherHeader, bool otherFirst)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Feuil1");
        var (phoneColumn, otherColumn) = otherFirst ? (2, 1) : (1, 2);
        sheet.Cell(1, phoneColumn).Value = phoneHeader;
        sheet.Cell(1, otherColumn).Value = otherHeader;
        sheet.Cell(1, 3).Value = "Notes";
        sheet.Cell(2, phoneColumn).Value = "418-694-2213";
        sheet.Cell(3, phoneColumn).Value = 5813184470d;
        sheet.Cell(2, otherColumn).Value = 4186941000d;
        sheet.Cell(3, otherColumn).Value = "418-694-1001";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var document = Reader.Read(new AttachmentFile("liste.xlsx", "application/octet-stream", stream.ToArray()), TestContext.Current.CancellationToken);

        Assert.Equal(["+14186942213", "+15813184470"], document.ListedNumbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Tel. No.,Name,Account")]
    [InlineData("Name,Numéro de la ligne,Compte")]
    public void A_csv_phone_column_named_in_words_is_the_list(string header)
    {
        var phoneFirst = header.StartsWith("Tel", StringComparison.Ordinal);
        var rows = new[] { ("604-731-5582", "6047319000"), ("778-329-6614", "6047319100") }
            .Select(r => phoneFirst ? $"{r.Item1},Store,{r.Item2}" : $"Store,{r.Item1},{r.Item2}");
        var csv = header + "\n" + string.Join("\n", rows) + "\n";

        var document = Reader.Read(new AttachmentFile("lines.csv", "text/csv", Encoding.UTF8.GetBytes(csv)), TestContext.Current.CancellationToken);

        Assert.Equal(["+16047315582", "+17783296614"], document.ListedNumbers.Select(n => n.Number));
    }
}
