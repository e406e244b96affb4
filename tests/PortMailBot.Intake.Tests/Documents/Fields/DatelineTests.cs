using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A French bill dated as a letter is, by a dateline ("Montréal, le 3 nov. 2026", "Le 3 novembre
/// 2026") and no labelled statement date: the dateline's date is the statement date, wherever it stands;
/// a due date or a sentence starting with "Le" is not.</summary>
public sealed class DatelineTests
{
    private static readonly string[] Places = ["Montréal, le", "QUÉBEC, LE", "Trois-Rivières, le", "Saint-Jean-sur-Richelieu, le", "Le"];

    private static readonly string[] Dates = ["3 nov. 2026", "3 novembre 2026", "2026-11-03", "03/11/2026"];

    public static TheoryData<string, string, int> Datelines()
    {
        var data = new TheoryData<string, string, int>();
        for (var p = 0; p < Places.Length; p++)
        {
            foreach (var date in Dates)
            {
                data.Add(Places[p], date, 40 + 60 * p);
            }
        }

        return data;
    }

    private static DocumentPage Bill(string dateLine, int top) => new PageBuilder()
        .Line(30, (60, "Télécom Exemple"), (420, "Votre facture"))
        .Line(top, (330, dateLine))
        .Line(400, (60, "Date d'échéance"), (200, "2026-11-24"))
        .Line(420, (60, "Période de service"), (200, "3 nov. au 2 déc. 2026"))
        .Line(440, (60, "Montant dû"), (200, "117,79 $"))
        .Build();

    [Theory]
    [MemberData(nameof(Datelines))]
    public void A_dateline_gives_the_statement_date(string place, string date, int top) =>
        Assert.Equal(new DateOnly(2026, 11, 3), DocumentReader.FromPages("facture.pdf", [Bill(place + " " + date, top)]).StatementDate);

    [Theory]
    [InlineData("Le 24 novembre 2026, nous prélèverons le montant dû de votre compte.")]
    [InlineData("Payable, le 24 nov. 2026")]
    [InlineData("Date d'échéance, le 24 nov. 2026")]
    public void A_sentence_or_a_due_date_is_no_dateline(string line) =>
        Assert.Null(DocumentReader.FromPages("facture.pdf", [Bill(line, 100)]).StatementDate);
}
