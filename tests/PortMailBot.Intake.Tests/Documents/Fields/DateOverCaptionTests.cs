using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill's header boxes printing each value over its small caption ("2026-11-12" over "Billing date"), the
/// statement date in any box, beside the account number and the due date.</summary>
public sealed class DateOverCaptionTests
{
    private static readonly DateOnly Statement = new(2026, 11, 12);

    private static readonly string[] Labels = ["Billing date", "Statement date", "Date de facturation", "Date de la facture", "Invoice date"];

    private static readonly string[] Forms = ["2026-11-12", "Nov 12, 2026", "12 nov. 2026", "12 November 2026"];

    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        var box = 0;
        foreach (var label in Labels)
        {
            foreach (var form in Forms)
            {
                data.Add(label, form, box++ % 3);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_statement_date_over_its_caption_is_read(string label, string form, int box)
    {
        var boxes = new List<(string Value, string Caption)> { ("VT315052-42", "Account number"), ("2026-12-03", "Payment due") };
        boxes.Insert(box, (form, label));
        var page = new PageBuilder()
            .SizedLine(30, 14, (40, "Vallée Téléphone"), (480, "INVOICE"))
            .SizedLine(66, 5.5, [.. boxes.Select((b, i) => (45.0 + 178 * i, b.Value))])
            .SizedLine(80.5, 4.2, [.. boxes.Select((b, i) => (45.0 + 178 * i, b.Caption))])
            .SizedLine(120, 10, (60, "Rajinder Van der Berg"))
            .SizedLine(132, 10, (60, "6202 Queen St"))
            .SizedLine(144, 10, (60, "Toronto, ON M5N 6R7"))
            .SizedLine(200, 10, (40, "Amount due"), (300, "$84.10"))
            .Build();

        var document = DocumentReader.FromPages("invoice.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal(Statement, document.StatementDate);
    }

    [Fact]
    public void A_date_that_is_the_value_of_a_caption_above_it_is_not_taken_for_the_caption_below()
    {
        var page = new PageBuilder()
            .SizedLine(30, 14, (40, "Vallée Téléphone"), (480, "INVOICE"))
            .SizedLine(60, 7, (45, "Due date"))
            .SizedLine(70, 10, (45, "2026-12-03"))
            .SizedLine(84, 7, (45, "Statement date"))
            .SizedLine(200, 10, (40, "Amount due"), (300, "$84.10"))
            .Build();

        Assert.Null(DocumentReader.FromPages("invoice.pdf", [page]).StatementDate);
    }
}
