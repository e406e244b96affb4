using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

public sealed class GeneratedBillHeaderTests
{
    public static TheoryData<string, string, int> LabelsFormsAndPlaces()
    {
        var data = new TheoryData<string, string, int>();
        var place = 0;
        foreach (var label in GeneratedBillHeaders.StatementLabels)
        {
            foreach (var form in GeneratedBillHeaders.StatementForms)
            {
                data.Add(label, form, place++ % 4);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabelsFormsAndPlaces))]
    public void Statement_date_under_its_caption_in_a_header_row(string label, string form, int column)
    {
        var document = DocumentReader.FromPages("invoice.pdf", [GeneratedBillHeaders.HeaderTable(label, form, column)]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal(GeneratedBillHeaders.Statement, document.StatementDate);
    }

    [Theory]
    [MemberData(nameof(LabelsFormsAndPlaces))]
    public void Statement_date_among_stacked_due_date_and_period(string label, string form, int row)
    {
        var document = DocumentReader.FromPages("scan0001.pdf", [GeneratedBillHeaders.Stacked(label, form, row)]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal(GeneratedBillHeaders.Statement, document.StatementDate);
    }

    public static TheoryData<string, string> TitlesAndForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var title in new[] { "Facture du", "Relevé du", "Statement of", "Invoice dated", "Facture en date du" })
        {
            foreach (var form in GeneratedBillHeaders.StatementForms)
            {
                data.Add(title, form);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TitlesAndForms))]
    public void Statement_named_with_its_date(string title, string form)
    {
        var document = DocumentReader.FromPages("facture.pdf", [GeneratedBillHeaders.Titled(title, form)]);

        Assert.Equal(GeneratedBillHeaders.Statement, document.StatementDate);
    }

    [Theory]
    [InlineData("Relevé du 3 oct. 2026 au 2 nov. 2026")]
    [InlineData("Statement of 2026-10-03 - 2026-11-02")]
    [InlineData("Facture du 03/10/2026 au 02/11/2026")]
    public void A_period_after_the_title_is_not_a_statement_date(string line)
    {
        var page = new PageBuilder()
            .Line(30, (40, "Télécom Boréal"), (330, line))
            .Line(300, (40, "Montant dû"), (480, "104,11 $"))
            .Line(314, (40, "Total à payer"), (480, "104,11 $"))
            .Build();

        var document = DocumentReader.FromPages("facture.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Null(document.StatementDate);
    }

    [Fact]
    public void An_ambiguous_date_no_other_date_settles_stays_unread_on_an_english_bill()
    {
        var page = new PageBuilder()
            .Line(30, (40, "Northwind Mobility"), (480, "Your bill"))
            .Line(60, (330, "Invoice date"), (460, "02/11/2026"))
            .Line(74, (330, "Amount due"), (460, "$155.32"))
            .Build();

        var document = DocumentReader.FromPages("bill.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Null(document.StatementDate);
    }

    public static TheoryData<string, string, string> LabelsFormsAndLeaders()
    {
        var data = new TheoryData<string, string, string>();
        var leaders = new[] { "...........", "____", "\u2026\u2026\u2026" };
        var i = 0;
        foreach (var label in GeneratedBillHeaders.StatementLabels)
        {
            foreach (var form in GeneratedBillHeaders.StatementForms)
            {
                data.Add(label, form, leaders[i++ % leaders.Length]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabelsFormsAndLeaders))]
    public void Statement_date_after_dot_leaders(string label, string form, string leader)
    {
        var document = DocumentReader.FromPages("invoice.pdf", [GeneratedBillHeaders.Leaders(label, form, leader)]);

        Assert.Equal(GeneratedBillHeaders.Statement, document.StatementDate);
    }

    public static TheoryData<string, string> UnitLinesUnderTheStreet()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in new[] { "UNIT 400", "Suite 400", "APT 400", "Bureau 400", "#400" })
        {
            foreach (var name in new[] { "JANE DOE", "Acme Dental Lab" })
            {
                data.Add(unit, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnitLinesUnderTheStreet))]
    public void Addressee_with_its_unit_under_the_street_line(string unit, string name)
    {
        var page = new PageBuilder()
            .Line(30, (40, "Lakeshore Tel"), (480, "Invoice"))
            .Line(60, (250, "Date:"), (300, "November 2, 2026"))
            .Line(74, (250, "Due Date:"), (310, "November 23, 2026"))
            .Line(110, (60, name))
            .Line(123, (60, "120 KING ST W"))
            .Line(136, (60, unit))
            .Line(149, (60, "TORONTO ON M5H 1J9"))
            .Line(300, (40, "Total amount due"), (480, "$155.32"))
            .Build();

        var document = DocumentReader.FromPages("bill.pdf", [page]);

        Assert.Equal("120", document.ServiceAddress?.StreetNumber);
        Assert.Equal("400", document.ServiceAddress?.Unit);
        Assert.Equal("M5H 1J9", document.ServiceAddress?.PostalCode);
        Assert.Contains(name, document.Names);
    }

    public static TheoryData<string[], string[]> LetterheadsAndAddressees() => new()
    {
        { ["Cascade Telecom Inc.", "1200 Burrard St", "Vancouver BC V6Z 2C7"], ["ACME DENTAL LAB", "ATTN: JANE DOE", "120 KING ST W, SUITE 400", "TORONTO ON  M5H 1J9"] },
        { ["Télécom Boréal", "2000, rue Peel, bureau 900", "Montréal (Québec) H3A 2W5"], ["JANE DOE", "120 KING ST W", "UNIT 400", "TORONTO ON M5H 1J9"] },
        { ["NORTHWIND MOBILITY", "PO Box 4400 Stn A", "Toronto ON M5W 1A1"], ["Jane Doe", "Acme Dental Lab", "400-120 King Street West", "Toronto, Ontario M5H 1J9"] },
    };

    [Theory]
    [MemberData(nameof(LetterheadsAndAddressees))]
    public void The_addressee_under_a_carrier_letterhead_is_the_bills_address(string[] letterhead, string[] addressee)
    {
        var page = new PageBuilder().Line(330, (40, "Total amount due"), (480, "$155.32"));
        for (var i = 0; i < letterhead.Length; i++)
        {
            page.Line(30 + i * 12, (40, letterhead[i]));
        }

        page.Line(30, (330, "Statement date"), (450, "Nov 2, 2026")).Line(44, (330, "Due date"), (450, "Nov 23, 2026"));
        for (var i = 0; i < addressee.Length; i++)
        {
            page.Line(130 + i * 13, (60, addressee[i]));
        }

        var document = DocumentReader.FromPages("bill.pdf", [page.Build()]);

        Assert.Equal("M5H 1J9", document.ServiceAddress?.PostalCode);
        Assert.Equal("120", document.ServiceAddress?.StreetNumber);
        Assert.Equal("400", document.ServiceAddress?.Unit);
    }
}
