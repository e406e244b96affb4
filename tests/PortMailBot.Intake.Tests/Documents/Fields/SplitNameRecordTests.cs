using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A carrier's record that keeps the holder's first and last names in fields of their own, in either order:
/// the two make the name, as on an LOA's form.</summary>
public sealed class SplitNameRecordTests
{
    private static readonly (string First, string Last)[] Captions =
    [
        ("Prénom", "Nom"), ("Prénom", "Nom de famille"), ("First name", "Last name"), ("Given name", "Surname"),
    ];

    private static readonly (string First, string Last)[] People = [("Guy", "Le Blanc"), ("Noémie", "D'Amours"), ("Patrick", "MacLeod")];

    public static TheoryData<int, int, bool> Forms()
    {
        var data = new TheoryData<int, int, bool>();
        for (var c = 0; c < Captions.Length; c++)
        {
            for (var p = 0; p < People.Length; p++)
            {
                data.Add(c, p, (c + p) % 2 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_two_fields_of_a_record_make_the_name(int captions, int person, bool lastFirst)
    {
        var (firstCaption, lastCaption) = Captions[captions];
        var (first, last) = People[person];
        var rows = lastFirst ? new[] { (lastCaption, last), (firstCaption, first) } : [(firstCaption, first), (lastCaption, last)];
        var page = new PageBuilder()
            .Line(40, (200, "CUSTOMER SERVICE RECORD (CSR)"))
            .Line(62, (40, "Estuaire Télécom"))
            .Line(100, (40, "Account number"), (240, "ET 123 456 7890"))
            .Line(114, (40, rows[0].Item1), (240, rows[0].Item2))
            .Line(128, (40, rows[1].Item1), (240, rows[1].Item2))
            .Line(142, (40, "Service address"), (240, "123 King St W"))
            .Line(156, (240, "Toronto, ON M5H 1J9"))
            .Line(190, (40, "Telephone numbers on account (1)"))
            .Line(206, (40, "416 555 0199"), (200, "Business line"))
            .Build();

        var document = DocumentReader.FromPages("csr.pdf", [page]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Contains(first + " " + last, document.Names);
    }
}
