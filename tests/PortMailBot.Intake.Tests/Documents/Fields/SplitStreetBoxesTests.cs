using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>An address split over a row of caption boxes (street number, street name, unit, city, province, postal
/// code) over a row of values, in English or French, the unit filled or left empty: the street line is the civic
/// number and the street's name together, and an empty box's neighbour caption is no value.</summary>
public sealed class SplitStreetBoxesTests
{
    private static readonly string[][] Captions =
    [
        ["Street number", "Street name", "Unit", "City", "Province", "Postal code"],
        ["N° civique", "Rue", "App./bureau", "Ville", "Prov.", "Code postal"],
        ["Civic number", "Street name", "Suite", "City", "Prov.", "Postal code"],
    ];

    private static readonly string[] Streets = ["Maple Cres W", "rue Principale", "boul. des Forges"];

    public static TheoryData<int, string?, string> Cases()
    {
        var data = new TheoryData<int, string?, string>();
        for (var c = 0; c < Captions.Length; c++)
        {
            foreach (var street in Streets)
            {
                data.Add(c, null, street);
                data.Add(c, "104", street);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_street_is_read_from_its_number_and_name_boxes(int captions, string? unit, string street)
    {
        var c = Captions[captions];
        var values = new List<(double, string)> { (44, "8101"), (106, street) };
        if (unit is not null)
        {
            values.Add((256, unit));
        }

        values.AddRange([(316, "Fredericton"), (436, "NB"), (486, "E3A 6V3")]);
        var page = new PageBuilder()
            .SizedLine(39, 12, (40, "PORT REQUEST — AUTHORIZATION FORM"))
            .SizedLine(130, 6.5, (44, "First name"), (310, "Last name"))
            .SizedLine(147, 9, (44, "Ingrid"), (310, "Ouellet"))
            .SizedLine(162, 9, (40, "3. Service address"))
            .SizedLine(177, 6.5, (44, c[0]), (106, c[1]), (256, c[2]), (316, c[3]), (436, c[4]), (486, c[5]))
            .SizedLine(195, 9, [.. values])
            .SizedLine(251, 9, (44, "506.778.0721"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        var address = Assert.Single(document.Addresses);
        Assert.Equal("8101", address.StreetNumber);
        Assert.Contains(street.Split(' ')[^1], address.StreetName, StringComparison.Ordinal);
        Assert.Equal(unit, address.Unit);
        Assert.Equal("Fredericton", address.City);
    }
}
