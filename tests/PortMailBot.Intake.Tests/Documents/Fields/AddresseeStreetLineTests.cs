using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill's addressee whose street line holds many digits without a phone number in them (a numbered
/// street with a unit: "10220 104 AVE NW, SUITE 300"), or whose city opens like a unit word ("STE-JULIE",
/// "STE-FOY"): the street line still starts the address, and the name above it is the addressee.</summary>
public sealed class AddresseeStreetLineTests
{
    private static readonly (string Street, string Number)[] Streets =
    [
        ("10220 104 AVE NW, SUITE 300", "10220"),
        ("11421 STONY PLAIN ROAD NW #1916", "11421"),
        ("1200-10762 11 AVENUE SW", "10762"),
        ("1600, RUE PRINCIPALE", "1600"),
        ("345 RUE DU PARC, APP. 12", "345"),
    ];

    private static readonly (string City, string Postal)[] Localities =
    [
        ("EDMONTON AB", "T5J 0H6"),
        ("STE-JULIE QC", "J3E 1W9"),
        ("ST-JEROME QC", "J7Z 5T3"),
        ("Ste-Foy, QC", "G1V 2L1"),
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var s = 0; s < Streets.Length; s++)
        {
            for (var l = 0; l < Localities.Length; l++)
            {
                data.Add(s, l);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_street_line_starts_the_addressee_block(int street, int locality)
    {
        var (line, number) = Streets[street];
        var (city, postal) = Localities[locality];
        var page = new PageBuilder()
            .Line(40, (440, "Your statement"))
            .Line(60, (40, "Estuaire Telecom"))
            .Line(90, (50, "LUCAS MORIN"), (330, "Statement Date"), (440, "2026-11-12"))
            .Line(103, (50, line), (330, "Account number"), (440, "ET 594 022 9220"))
            .Line(116, (50, city + "  " + postal))
            .Line(160, (40, "Amount due"), (120, "$98.40"))
            .Line(200, (60, "(780) 555-0142"), (220, "Business line - monthly"))
            .Build();

        var document = DocumentReader.FromPages("statement.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal(postal, document.ServiceAddress?.PostalCode);
        Assert.Equal(number, document.ServiceAddress?.StreetNumber);
        Assert.Contains("LUCAS MORIN", document.Names);
    }

    [Theory]
    [InlineData("(780) 555-0142")]
    [InlineData("780.555.0142")]
    [InlineData("1 780 555 0142")]
    [InlineData("7805550142")]
    public void A_phone_line_under_the_street_is_not_the_street(string phone)
    {
        var page = new PageBuilder()
            .Line(40, (440, "Your statement"))
            .Line(90, (50, "LUCAS MORIN"), (330, "Statement Date"), (440, "2026-11-12"))
            .Line(103, (50, "10220 104 AVE NW"))
            .Line(116, (50, phone))
            .Line(129, (50, "EDMONTON AB  T5J 0H6"))
            .Build();

        var document = DocumentReader.FromPages("statement.pdf", [page]);

        Assert.Equal("10220", document.ServiceAddress?.StreetNumber);
    }

    [Theory]
    [InlineData("APP. 4", "4")]
    [InlineData("Apt. 12", "12")]
    [InlineData("STE. 400", "400")]
    [InlineData("Bureau 210", "210")]
    [InlineData("UNIT 5", "5")]
    public void A_unit_line_over_the_street_belongs_to_the_address(string unitLine, string unit)
    {
        var page = new PageBuilder()
            .Line(40, (440, "Votre facture"))
            .Line(90, (50, "AMELIE SINGH"), (330, "Date de facturation"), (440, "2026-11-12"))
            .Line(103, (50, unitLine))
            .Line(116, (50, "123 RUE DE LA MONTAGNE"))
            .Line(129, (50, "MONTREAL QC  H3C 2M8"))
            .Build();

        var document = DocumentReader.FromPages("facture.pdf", [page]);

        Assert.Equal(unit, document.ServiceAddress?.Unit);
        Assert.Contains("AMELIE SINGH", document.Names);
        Assert.DoesNotContain(unitLine, document.Names);
    }
}
