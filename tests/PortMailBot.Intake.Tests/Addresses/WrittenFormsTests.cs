using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>What people type around an address that is not part of it: a dash a mail client made of the hyphen
/// joining unit and civic number, a preposition leading to the city in a sentence, a province written on the
/// line after the postal code, and unit values that read like box forms ("local SS10").</summary>
public sealed class WrittenFormsTests
{
    private static readonly string[] Dashes = ["-", "\u2013", "\u2014", "\u2011", "\u2212"];

    private static readonly (string Street, string Unit, string Civic)[] UnitCivics =
        [("400{0}123 King St W", "400", "123"), ("12B{0}88 Albert St", "12B", "88"), ("4{0}1250, rue Sherbrooke O.", "4", "1250")];

    public static TheoryData<int, int> DashCases()
    {
        var data = new TheoryData<int, int>();
        for (var d = 0; d < Dashes.Length; d++)
        {
            for (var u = 0; u < UnitCivics.Length; u++)
            {
                data.Add(d, u);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DashCases))]
    public void Any_dash_joins_a_unit_to_its_civic_number(int dash, int street)
    {
        var (pattern, unit, civic) = UnitCivics[street];
        var parsed = AddressParser.Parse(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Dashes[dash]) + ", Toronto, ON M5H 1J9");

        Assert.NotNull(parsed);
        Assert.Equal(unit, parsed.Unit);
        Assert.Equal(civic, parsed.StreetNumber);
    }

    [Theory]
    [InlineData("400-123 King St W in Toronto, ON M5H 1J9", "King St W", "Toronto")]
    [InlineData("12 Main Street in Thunder Bay ON P7B 5E1", "Main Street", "Thunder Bay")]
    [InlineData("12, rue Principale à Gatineau (Québec) J8T 1A1", "rue Principale", "Gatineau")]
    [InlineData("au 12, rue Principale à Gatineau, QC J8T 1A1", "rue Principale", "Gatineau")]
    [InlineData("1500, chemin du Lac à Saint-Jean-sur-Richelieu, QC J3B 1X9", "chemin du Lac", "Saint-Jean-sur-Richelieu")]
    public void A_preposition_before_the_city_is_not_part_of_it(string text, string street, string city)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(street, parsed.StreetName);
        Assert.Equal(city, parsed.City);
    }

    [Theory]
    [InlineData("Ontario", "ON")]
    [InlineData("ON", "ON")]
    [InlineData("(Québec)", "QC")]
    [InlineData("British Columbia", "BC")]
    public void A_province_on_the_line_after_the_postal_code_is_read(string province, string code)
    {
        var parsed = AddressParser.Parse($"123 King St W, Suite 400\nToronto M5H 1J9\n{province}");

        Assert.Equal(code, parsed?.Province);
        Assert.Equal("Toronto", parsed?.City);
    }

    [Theory]
    [InlineData("local SS10")]
    [InlineData("Suite RR2")]
    [InlineData("Unit CP4")]
    [InlineData("app. SS 2")]
    [InlineData("bureau # RR 3")]
    public void A_unit_whose_value_reads_like_a_box_is_no_po_box(string unit)
    {
        var parsed = AddressParser.Parse($"800, rue du Square-Victoria, {unit}, Montréal (QC) H4Z 1A1");

        Assert.NotNull(parsed);
        Assert.False(parsed.IsPoBox);
        Assert.Equal("800", parsed.StreetNumber);
    }

    [Theory]
    [InlineData("RR 2, Olds AB T4H 1P4")]
    [InlineData("PO Box 45, Toronto ON M5W 1A2")]
    [InlineData("C.P. 2040, Rimouski (Québec) G5L 7C3")]
    [InlineData("Site 5, Box 12, RR 1, Olds AB T4H 1P4")]
    public void A_box_not_led_by_a_unit_word_is_still_a_po_box(string text) =>
        Assert.True(AddressParser.Parse(text)?.IsPoBox);
}
