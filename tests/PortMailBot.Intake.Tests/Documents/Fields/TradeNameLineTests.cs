using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill's addressee line naming the person and the business they trade as ("JANE DOE O/A BLUE HERON"):
/// the person is one of the bill's names.</summary>
public sealed class TradeNameLineTests
{
    [Theory]
    [InlineData("Jane Doe o/a Blue Heron", "Jane Doe")]
    [InlineData("JANE DOE O/A MAPLE & OAK", "JANE DOE")]
    [InlineData("Marie de la Fontaine f.a.s.r.s. Le Petit Four", "Marie de la Fontaine")]
    [InlineData("Pieter Van der Berg DBA Kestrel", "Pieter Van der Berg")]
    [InlineData("Attn: Jane Doe operating as Northern Lights", "Jane Doe")]
    public void The_person_trading_as_a_business_is_read_as_a_name(string line, string person)
    {
        var page = new PageBuilder()
            .Line(40, (50, "Aurora Mobile"), (380, "Statement date: 2026-11-05"))
            .Line(100, (60, line))
            .Line(114, (60, "120 King St W"))
            .Line(128, (60, "Toronto, ON M5H 1J9"))
            .Line(200, (50, "Charges by line"))
            .Line(218, (60, "416-320-4134"), (250, "Business Unlimited"))
            .Line(240, (50, "Total due"), (250, "$97.35"))
            .Build();

        var document = DocumentReader.FromPages("bill.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains(person, document.Names);
    }
}
