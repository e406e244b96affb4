using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>The city written after the street with no comma, past what may end a street: a unit ("55 King St Unit 3
/// Toronto", "123 Main St, Suite 4 Calgary"), or a numbered route ("1200 Hwy 7 Concord"); and what ends a street
/// (its type, direction, route number or unit) is never taken for the city.</summary>
public sealed class CityRunOnAfterStreetTests
{
    private static readonly (string Street, string Name, string? Unit)[] Streets =
    [
        ("55 King St Unit 3", "King St", "3"), ("950 1e Avenue #PH2", "1e Avenue", "PH2"), ("123 Main St W, Suite 4", "Main St W", "4"),
        ("1200 Hwy 7", "Hwy 7", null), ("77 Highway 7 Unit 12", "Highway 7", "12"), ("Suite 9, 2020 Route 132", "Route 132", "9"),
        ("2020 King St W, app. 12B", "King St W", "12B"),
    ];

    private static readonly (string City, string Locality)[] Cities =
    [
        ("Trois-Rivières", ", QC, G9A5H7"), ("St. Jean sur Richelieu", ", Que\nJ3B 6Z2"), ("Calgary", "\nAB\nT2R 0C5"), ("City of Toronto", ", Ont., M5H1J9"),
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var street = 0; street < Streets.Length; street++)
        {
            for (var city = 0; city < Cities.Length; city++)
            {
                data.Add(street, city);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_city_after_a_unit_or_a_route_number_is_read(int street, int city)
    {
        var parsed = AddressParser.Parse($"{Streets[street].Street} {Cities[city].City}{Cities[city].Locality}");

        Assert.NotNull(parsed);
        Assert.Equal(Cities[city].City, parsed.City);
        Assert.Equal(Streets[street].Name, parsed.StreetName);
        Assert.Equal(Streets[street].Unit, parsed.Unit);
    }

    /// <summary>With no province, "Québec" is read as the province: the words before it end the street, and are no
    /// city.</summary>
    [Theory]
    [InlineData("77 3rd St. Québec  G1R 1R5", "3rd St.", null)]
    [InlineData("#3-2020 16 Ave SW Québec  G1R-1R5", "16 Ave SW", "3")]
    [InlineData("950 Highway 7 Quebec  G1R1R5", "Highway 7", null)]
    [InlineData("77 2e Avenue Unit PH2 Québec  G1R-1R5", "2e Avenue", "PH2")]
    public void What_ends_a_street_is_not_a_city(string text, string street, string? unit)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Null(parsed.City);
        Assert.Equal((street, unit), (parsed.StreetName, parsed.Unit));
    }
}
