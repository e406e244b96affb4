using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill whose addressee's street line ends only a space or two before the column of dates and
/// account number beside it: the street is the addressee's alone, the caption beside it stays out of it.</summary>
public sealed class TightColumnTests
{
    private static readonly string[] Streets =
    [
        "LOCAL 4, 5541, BOULEVARD RENÉ-LÉVESQUE OUEST", "5203, BOULEVARD RENÉ-LÉVESQUE OUEST", "APP. 12, 8776, RUE NOTRE-DAME",
        "Suite 1200, 2218 East Hastings Street",
    ];

    private static readonly string[] Captions = ["Date d'échéance", "Numéro de compte", "Due date", "Account number"];

    public static TheoryData<int, int, double> Layouts()
    {
        var data = new TheoryData<int, int, double>();
        for (var s = 0; s < Streets.Length; s++)
        {
            for (var c = 0; c < Captions.Length; c++)
            {
                data.Add(s, c, 9 + (s + c) % 3 * 3);
                // Barely more than a word space (3), under a column edge that three lines share.
                data.Add(s, c, 4 + (s + c) % 2);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_caption_beside_the_street_is_not_part_of_it(int street, int caption, double gap)
    {
        var text = Streets[street];
        var words = text.Split(' ');
        var column = 60 + 6 * words.Sum(w => w.Length) + 3 * (words.Length - 1) + gap;
        var page = new PageBuilder()
            .Line(30, (60, "Télécom Exemple"), (column, "Votre facture"))
            .Line(80, (60, "JOËLLE ST-PIERRE"), (column, "Date de facturation"), (column + 130, "2026-11-03"))
            .Line(94, (60, text), (column, Captions[caption]), (column + 130, "2026-11-24"))
            .Line(108, (60, "SAINT-JÉRÔME QC J7Z 8N1"), (column, "Période"), (column + 130, "3 nov. au 2 déc."))
            .Line(122, (column, "Montant dû"), (column + 130, "117,79 $"))
            .Line(300, (60, "450 216-0028"), (200, "Ligne d'affaires"))
            .Build();

        var document = DocumentReader.FromPages("facture.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        var name = Assert.IsType<string>(document.ServiceAddress?.StreetName);
        Assert.DoesNotContain(Captions[caption].Split(' ')[0], name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("J7Z 8N1", document.ServiceAddress?.PostalCode);
    }
}
