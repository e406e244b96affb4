using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>A unit written before its civic number, in the ways English and French write it ("Suite 200, 123 Main
/// St", "#4-123 Main St", "4-123 Main St", "local 9 - 950, rue Saint-Jean", "PH2-55 King St", "3, 2020 First
/// Avenue"): the unit, the civic number and the street are each read, whatever the street and the locality.</summary>
public sealed class UnitFirstFormsTests
{
    // {u} is the unit's value, {c} the civic number, {s} the street; French writes a comma after the civic number.
    private static readonly string[] UnitForms =
    [
        "Suite {u}, {c} {s}", "Unit {u} - {c} {s}", "#{u}-{c} {s}", "{u}-{c} {s}", "app. {u}, {c}, {s}",
        "bureau {u} – {c} {s}", "local {u} - {c}, {s}", "Apt {u}, {c} {s}", "{u}, {c} {s}", "{u}-{c}, {s}",
        "Unit #{u} - {c} {s}", "app. no {u}, {c}, {s}", "APT {u} {c} {s}", "{u} – {c} {s}", "unité {u}, {c}, {s}",
    ];

    private static readonly (string Written, string Name)[] Streets =
    [
        ("rue Saint-Jean", "rue Saint-Jean"), ("King St W", "King St W"), ("boul. René-Lévesque O.", "boul. René-Lévesque O."),
        ("16 Ave SW", "16 Ave SW"), ("3rd Street NW", "3rd Street NW"), ("First Avenue", "First Avenue"), ("Hwy 7", "Hwy 7"),
    ];

    private static readonly (string Written, string Postal)[] Localities =
    [
        ("Québec (Québec)  G1R 1R5", "G1R 1R5"), ("Toronto, Ontario\nM5H1J9", "M5H 1J9"), ("St-Jean-sur-Richelieu, Qc J3B 6Z2", "J3B 6Z2"),
        ("Calgary AB  T2R-0C5", "T2R 0C5"),
    ];

    private static readonly (string Unit, string Civic)[] Numbers = [("9", "950"), ("200", "123"), ("12B", "1200"), ("PH2", "55"), ("3", "2020")];

    public static TheoryData<int, int, int, int> Forms()
    {
        var data = new TheoryData<int, int, int, int>();
        for (var form = 0; form < UnitForms.Length; form++)
        {
            for (var street = 0; street < Streets.Length; street++)
            {
                data.Add(form, street, (form + street) % Localities.Length, (form * 3 + street) % Numbers.Length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_unit_written_before_the_civic_number_is_read_apart_from_it(int form, int street, int locality, int number)
    {
        var (unit, civic) = Numbers[number];
        var line = UnitForms[form].Replace("{u}", unit, StringComparison.Ordinal).Replace("{c}", civic, StringComparison.Ordinal)
            .Replace("{s}", Streets[street].Written, StringComparison.Ordinal);

        var parsed = AddressParser.Parse(line + ", " + Localities[locality].Written);

        Assert.NotNull(parsed);
        Assert.False(parsed.IsPoBox);
        Assert.Equal(civic, parsed.StreetNumber);
        Assert.Equal(unit, parsed.Unit, ignoreCase: true);
        Assert.Equal(Streets[street].Name, parsed.StreetName, ignoreCase: true);
        Assert.Equal(Localities[locality].Postal, parsed.PostalCode);
        Assert.NotNull(parsed.City);
    }

    [Theory]
    [InlineData("local 9 - 950, rue Saint-Jean, Québec (Québec) G1R 1R5", "9", "950", "rue Saint-Jean")]
    [InlineData("local 9 - 950\nrue Saint-Jean\nQuébec (Québec)\nG1R 1R5", "9", "950", "rue Saint-Jean")]
    [InlineData("#3-1200 16 Ave SW, Calgary AB T2R 0C5", "3", "1200", "16 Ave SW")]
    [InlineData("4, 123 2e Avenue, Québec QC G1R 1R5", "4", "123", "2e Avenue")]
    public void The_civic_number_after_its_unit_stays_with_its_street(string text, string unit, string civic, string street)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal((unit, civic, street), (parsed.Unit, parsed.StreetNumber, parsed.StreetName));
    }

    /// <summary>A number before a street whose own name is a number ("3, 16 Ave SW", "950, 3e Avenue") is the civic
    /// number, not a unit: what follows it names no street without it.</summary>
    [Theory]
    [InlineData("3, 16 Ave SW, Calgary AB T2R 0C5", "3", "16 Ave SW")]
    [InlineData("950, 3e Avenue, Québec QC G1R 1R5", "950", "3e Avenue")]
    [InlineData("93, boulevard des Récollets, Trois-Rivières QC G9A 3Z5", "93", "boulevard des Récollets")]
    public void A_lone_number_before_a_numbered_street_is_its_civic_number(string text, string civic, string street)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Null(parsed.Unit);
        Assert.Equal((civic, street), (parsed.StreetNumber, parsed.StreetName));
    }

    [Theory]
    [InlineData("RR 2, 1234 Highway 7, Perth, ON K7H 3C3")]
    [InlineData("1234 Highway 7, RR 2, Perth, ON K7H 3C3")]
    [InlineData("R.R. 2\n1234 Highway 7\nPerth ON K7H 3C3")]
    [InlineData("C.P. 123, Québec (Québec) G1R 1R5")]
    [InlineData("CP 123, 950, rue Saint-Jean, Québec QC G1R 1R5")]
    [InlineData("PO Box 123, 4-55 King St W, Toronto ON M5H 1J9")]
    [InlineData("Case postale 123, succ. Haute-Ville, Québec (Québec) G1R 1R5")]
    public void A_box_or_rural_route_stays_a_po_box_beside_a_unit_first_civic_address(string text)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.True(parsed.IsPoBox);
    }

    [Theory]
    [InlineData("950, rue Saint-Jean, Ville de Québec  G1R 1R5", "Ville de Québec")]
    [InlineData("950, rue Saint-Jean\nVille de Québec\nG1R 1R5", "Ville de Québec")]
    [InlineData("950, rue Saint-Jean, Québec (Québec)  G1R 1R5", "Québec")]
    public void A_province_name_after_de_is_the_city_it_names(string text, string city)
    {
        var parsed = AddressParser.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(city, parsed.City);
    }
}
