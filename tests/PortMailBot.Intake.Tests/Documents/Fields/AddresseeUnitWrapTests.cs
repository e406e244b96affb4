using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill's addressee whose street line was wrapped in its narrow column after the unit's word, the unit's
/// value alone on the next line ("6576 chemin des Quatre-Bourgeois, app." / "813"): the street line still starts the
/// address, and the lone number is its unit, not a civic number.</summary>
public sealed class AddresseeUnitWrapTests
{
    private static readonly (string Street, string Number)[] Streets =
    [
        ("6576 chemin des Quatre-Bourgeois, app.", "6576"),
        ("1200 boul. René-Lévesque O., bureau", "1200"),
        ("543 Lake Shore Blvd W, Suite", "543"),
        ("77 King St E, Unit", "77"),
        ("88 Rideau St #", "88"),
        ("4410 rue Sherbrooke Ouest, local", "4410"),
    ];

    private static readonly string[] Units = ["813", "12B", "PH2"];

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var s = 0; s < Streets.Length; s++)
        {
            foreach (var unit in Units)
            {
                data.Add(s, unit);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_unit_value_wrapped_under_its_word_is_the_streets_unit(int street, string unit)
    {
        var (line, number) = Streets[street];
        var page = new PageBuilder()
            .Line(40, (440, "Votre facture"))
            .Line(60, (40, "Borealis Communications"))
            .Line(90, (40, "DATE D'ÉCHÉANCE"), (300, "Éric Kowalczyk"))
            .Line(103, (40, "2026-12-09"), (300, line))
            .Line(116, (40, "DATE DU RELEVÉ"), (300, unit))
            .Line(129, (40, "18 novembre 2026"), (300, "Québec QC G1K 3E0"))
            .Line(160, (40, "Montant dû"), (120, "98,40 $"))
            .Line(200, (60, "(418) 555-0142"), (220, "Ligne d'affaires - mensuel"))
            .Build();

        var document = DocumentReader.FromPages("facture.pdf", [page]);

        Assert.Contains(document.Addresses, a => a.StreetNumber == number && a.Unit == unit && a.PostalCode == "G1K 3E0");
        Assert.DoesNotContain(document.Addresses, a => a.StreetNumber == unit);
    }
}
