using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A caption wrapped in a table cell whose value is centred on the row (what a browser prints for a
/// narrow header cell): the caption's two lines are one caption, its value on the line between them.</summary>
public sealed class CentredWrappedCaptionTests
{
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "Statement", "date", "Nov 23, 2026", "en" },
        { "Date de", "facturation", "13 novembre 2026", "fr" },
        { "Bill", "date", "2026-11-23", "en" },
        { "Date du", "relevé", "23 novembre 2026", "fr" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_statement_date_caption_wrapped_around_its_value_gives_the_date(string first, string second, string value, string language)
    {
        foreach (var (left, gap) in new[] { (300.0, 12.0), (336.0, 13.0), (60.0, 14.0) })
        {
            var due = language == "fr" ? ("Date", "d'échéance") : ("Payment", "due");
            var page = new PageBuilder()
                .Line(40, (60, language == "fr" ? "Votre facture" : "Your statement"))
                .Line(100, (left, due.Item1))
                .Line(100 + gap, (left + 100, language == "fr" ? "14 décembre 2026" : "Dec 14, 2026"))
                .Line(100 + (2 * gap), (left, due.Item2))
                .Line(150, (left, first))
                .Line(150 + gap, (left + 100, value))
                .Line(150 + (2 * gap), (left, second))
                .Build();

            var document = DocumentReader.FromPages("bill.pdf", [page]);

            Assert.Equal(new DateOnly(2026, 11, language == "fr" && first == "Date de" ? 13 : 23), document.StatementDate);
        }
    }

    [Fact]
    public void A_due_date_caption_wrapped_around_its_value_is_no_statement_date()
    {
        var page = new PageBuilder()
            .Line(40, (60, "Relevé de compte"))
            .Line(100, (336, "Date"))
            .Line(112, (436, "7 décembre 2026"))
            .Line(124, (336, "d'échéance"))
            .Build();

        Assert.Null(DocumentReader.FromPages("facture.pdf", [page]).StatementDate);
    }
}
