using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>An LOA form giving the city, province and postal code one field under one caption ("City, province,
/// postal code", "Ville / Province / Code postal"): the locality is read from that field, so a different city or
/// postal code there is seen.</summary>
public sealed class LocalityCaptionTests
{
    private static readonly string[] Captions =
    [
        "City, province, postal code", "City / Province / Postal Code", "City, Prov., Postal code", "City and province",
        "City, province and postal code", "Town, province", "Ville, province, code postal", "Ville / Province / Code postal",
        "Municipalité, province et code postal", "City:",
    ];

    private static readonly (string Value, string City, string? Postal)[] Values =
    [
        ("Markham, ON  L3R 5K2", "Markham", "L3R 5K2"),
        ("Saint-Jean-sur-Richelieu (Québec) J3B 1X9", "Saint-Jean-sur-Richelieu", "J3B 1X9"),
        ("Thunder Bay ON P7B5E1", "Thunder Bay", "P7B 5E1"),
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var c = 0; c < Captions.Length; c++)
        {
            data.Add(c, c % Values.Length);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_locality_is_read_from_its_one_field(int caption, int value)
    {
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION (LOA)"))
            .Line(100, (60, "Authorized person — first name"), (300, "Jane"))
            .Line(115, (60, "Authorized person — last name"), (300, "Doe"))
            .Line(140, (60, "Street address"), (300, "120 King St W"))
            .Line(155, (60, "Suite / unit"), (300, "Suite 400"))
            .Line(170, (60, Captions[caption]), (300, Values[value].Value))
            .Line(210, (60, "(416) 320-4134"), (300, "(416) 320-4135"))
            .Line(585, (60, "Authorized signature"), (370, "November 21, 2026"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal("120", document.ServiceAddress?.StreetNumber);
        Assert.Equal("400", document.ServiceAddress?.Unit);
        Assert.Equal(Values[value].City, document.ServiceAddress?.City);
        Assert.Equal(Values[value].Postal, document.ServiceAddress?.PostalCode);
    }
}
