using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

public sealed class BillFieldTests
{
    [Fact]
    public void Addressee_block_and_statement_date_beside_it()
    {
        var page = new PageBuilder()
            .Line(40, (54, "PR Pacific Rim Wireless"), (451, "Your statement"))
            .Line(97, (68, "JANE DOE"), (336, "Statement Date"), (433, "Nov. 12, 2026"))
            .Line(110, (68, "ACME DENTAL LAB"))
            .Line(116, (336, "Account number"), (433, "PRW 69624207"))
            .Line(123, (68, "704-2218 EAST HASTINGS STREET"))
            .Line(135, (68, "BURNABY BC V5H 4W6"), (336, "Service period"), (433, "Nov 12 - Dec 11, 2026"))
            .Line(185, (56, "Amount due"), (150, "$218.40"), (287, "Due date"), (380, "Dec. 3, 2026"))
            .Line(400, (82, "778-674-7563"), (218, "Mobile plan"))
            .Build();

        var document = DocumentReader.FromPages("scan0001.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal(new DateOnly(2026, 11, 12), document.StatementDate);
        Assert.Contains("JANE DOE", document.Names);
        Assert.Equal("V5H 4W6", document.ServiceAddress?.PostalCode);
        Assert.Equal("2218", document.ServiceAddress?.StreetNumber);
        Assert.Equal("PRW 69624207", document.AccountNumber);
        Assert.Contains("+17786747563", document.PhoneNumbers);
    }

    [Fact]
    public void Due_date_and_generated_stamp_are_not_the_statement_date()
    {
        var page = new PageBuilder()
            .Line(40, (451, "Your statement"), (300, "Generated: 2026-11-22 09:53"))
            .Line(185, (56, "Amount due"), (150, "$218.40"), (287, "Due date"), (380, "Dec. 3, 2026"))
            .Build();

        var document = DocumentReader.FromPages("bill.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Null(document.StatementDate);
    }

    [Fact]
    public void Date_split_over_two_lines_and_label_with_colon()
    {
        var page = new PageBuilder()
            .Line(40, (451, "Votre facture"))
            .Line(97, (336, "Date de facturation :"), (470, "16 nov."))
            .Line(110, (470, "2026"))
            .Build();

        Assert.Equal(new DateOnly(2026, 11, 16), DocumentReader.FromPages("facture.pdf", [page]).StatementDate);
    }
}
