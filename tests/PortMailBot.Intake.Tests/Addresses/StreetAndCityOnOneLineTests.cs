using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>The city written after the street with no comma, the province set apart by one
/// ("2041 West 4th Avenue Vancouver, BC V6J 1N3"): the street type settles where the city starts.</summary>
public sealed class StreetAndCityOnOneLineTests
{
    private static readonly (string Street, string Name)[] Streets =
    [
        ("2041 West 4th Avenue", "West 4th Avenue"),
        ("1185 Bathurst Street", "Bathurst Street"),
        ("600 Main St E", "Main St E"),
        ("88 Queens Quay W", "Queens Quay W"),
        ("2218 East Hastings Rd", "East Hastings Rd"),
    ];

    private static readonly string[] Cities = ["Vancouver", "Thunder Bay", "St. Catharines", "Notre-Dame-des-Prairies"];

    private static readonly string[] Localities = [", BC V6J 1N3", ", British Columbia V6J 1N3", ",  BC  V6J1N3", "\nBC V6J 1N3"];

    public static TheoryData<int, string, string> Addresses()
    {
        var data = new TheoryData<int, string, string>();
        var i = 0;
        for (var s = 0; s < Streets.Length; s++)
        {
            foreach (var city in Cities)
            {
                data.Add(s, city, Localities[i++ % Localities.Length]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public void The_city_is_read_off_the_street_line(int street, string city, string locality)
    {
        var parsed = AddressParser.Parse(Streets[street].Street + " " + city + locality);

        Assert.NotNull(parsed);
        Assert.Equal(Streets[street].Street, parsed.Line1);
        Assert.Equal(Streets[street].Name, parsed.StreetName);
        Assert.Equal(city, parsed.City);
        Assert.Equal("BC", parsed.Province);
        Assert.Equal("V6J 1N3", parsed.PostalCode);
    }

    [Theory]
    [InlineData("120 King St W, ON M5H 1J9", "120 King St W")]
    [InlineData("120 King Street West\nON M5H 1J9", "120 King Street West")]
    [InlineData("55 Spring Garden Road Suite 300, NS B3J 3R4", "55 Spring Garden Road")]
    public void A_street_line_with_no_city_after_its_type_keeps_the_whole_street(string text, string line1)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(line1, parsed.Line1);
        Assert.Null(parsed.City);
    }
}
