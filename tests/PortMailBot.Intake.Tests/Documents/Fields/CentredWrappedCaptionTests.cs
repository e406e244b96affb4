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
        // The last two shapes have the addressee block printed in a column further right: on the caption's lines, then
        // on lines of its own between them.
        foreach (var (left, gap, beside) in new[] { (300.0, 12.0, 0), (336.0, 13.0, 0), (60.0, 14.0, 0), (60.0, 14.0, 1), (60.0, 16.0, 2) })
        {
            var due = language == "fr" ? ("Date", "d'échéance") : ("Payment", "due");
            (double, string)[] On(int shape, double x, string text) => beside == shape ? [(x, text)] : [];
            var page = new PageBuilder()
                .Line(40, (60, language == "fr" ? "Votre facture" : "Your statement"))
                .Line(100, [(left, due.Item1), .. On(1, 330, "Gaétan Hoang"), .. On(2, 330, "Gaétan Hoang")])
                .Line(100 + gap, (left + 100, language == "fr" ? "14 décembre 2026" : "Dec 14, 2026"))
                .Line(100 + (2 * gap), [(left, due.Item2), .. On(1, 330, "1546 Lake Shore Blvd W")])
                .Line(150, [(left, first), .. On(1, 330, "Toronto ON M4Y 3M8"), .. On(2, 330, "1546 Lake Shore Blvd W")])
                .Line(150 + gap, (left + 100, value))
                .Line(150 + (1.55 * gap), On(2, 330, "Toronto ON M4Y 3M8"))
                .Line(150 + (2 * gap), [(left, second), .. On(1, 330, "Canada")])
                .Build();

            var document = DocumentReader.FromPages("bill.pdf", [page]);

            Assert.Equal(new DateOnly(2026, 11, language == "fr" && first == "Date de" ? 13 : 23), document.StatementDate);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_centred_value_on_the_same_line_as_the_caption_end_is_still_the_captions_value(string first, string second, string value, string language)
    {
        // Lines set close together: the value, centred on its row, overlaps the caption's last line enough to share it.
        foreach (var (valueAt, lastAt) in new[] { (6.5, 11.0), (6.0, 10.5), (7.0, 12.0) })
        {
            var due = language == "fr" ? ("Date", "d'échéance") : ("Payment", "due");
            var page = new PageBuilder()
                .Line(40, (60, language == "fr" ? "Votre facture" : "Your statement"))
                .Line(100, (60, due.Item1), (330, "Gaétan Hoang"))
                .Line(100 + valueAt, (160, language == "fr" ? "14 décembre 2026" : "Dec 14, 2026"))
                .Line(100 + lastAt, (60, due.Item2))
                .Line(150, (60, first), (330, "1546 Lake Shore Blvd W"))
                .Line(150 + valueAt, (160, value))
                .Line(150 + lastAt, (60, second))
                .Build();

            var document = DocumentReader.FromPages("bill.pdf", [page]);

            Assert.Equal(new DateOnly(2026, 11, language == "fr" && first == "Date de" ? 13 : 23), document.StatementDate);
        }
    }

    [Fact]
    public void A_value_on_the_baseline_of_the_captions_last_line_is_not_taken_as_centred()
    {
        // "Date" / "d'échéance 7 décembre 2026": the date is beside the caption's last line, not between its lines.
        var page = new PageBuilder()
            .Line(40, (60, "Relevé de compte"))
            .Line(100, (60, "Date"), (330, "Gaétan Hoang"))
            .Line(111, (60, "d'échéance"), (160, "7 décembre 2026"))
            .Build();

        Assert.Null(DocumentReader.FromPages("facture.pdf", [page]).StatementDate);
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
