using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>An address written on one line with no comma, its unit first ("Suite 1200 500 Granville Street
/// Vancouver British Columbia V6C 1W6"): the unit opens a street line, not a line of its own, and the street
/// type still settles where the city starts.</summary>
public sealed class LeadingUnitStreetAndCityTests
{
    private static readonly (string Unit, string Value)[] Units =
        [("Suite 1200", "1200"), ("Unit 5B", "5B"), ("Apt 12", "12"), ("Bureau 210", "210"), ("#400", "400")];

    private static readonly (string Street, string Name)[] Streets =
        [("500 Granville Street", "Granville Street"), ("88 Albert St", "Albert St"), ("123 King St W", "King St W")];

    private static readonly (string City, string Locality)[] Places =
        [("Vancouver", "British Columbia V6C 1W6"), ("Thunder Bay", "ON V6C 1W6"), ("Vancouver", "BC V6C1W6")];

    public static TheoryData<int, int, int> Cases()
    {
        var data = new TheoryData<int, int, int>();
        for (var u = 0; u < Units.Length; u++)
        {
            for (var s = 0; s < Streets.Length; s++)
            {
                data.Add(u, s, (u + s) % Places.Length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_city_is_read_after_a_street_that_opens_with_its_unit(int unit, int street, int place)
    {
        var parsed = AddressParser.Parse($"{Units[unit].Unit} {Streets[street].Street} {Places[place].City} {Places[place].Locality}");

        Assert.NotNull(parsed);
        Assert.Equal(Places[place].City, parsed.City);
        Assert.Equal(Streets[street].Name, parsed.StreetName);
        Assert.Equal(Units[unit].Value, parsed.Unit);
        Assert.Equal("V6C 1W6", parsed.PostalCode);
    }

    [Theory]
    [InlineData("120 King St W\nSuite 400\nToronto, ON M5H 1J9", "Toronto")]
    [InlineData("120 King St W, Suite 400, Toronto ON M5H 1J9", "Toronto")]
    [InlineData("120 King St W\nSuite 400\nON M5H 1J9", null)]
    public void A_unit_on_its_own_line_is_never_the_city(string text, string? city)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(city, parsed.City);
        Assert.Equal("400", parsed.Unit);
    }
}
