using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Matching;

namespace PortMailBot.Intake.Tests.Matching;

/// <summary>One address written in two Canadian styles (unit first or last, English or French street words, the
/// compass before or after the type, ordinals in words or figures, the city with "Saint" or "St-", the province in
/// parentheses, spelled out or coded, the postal code on its own line or without its space) is the same address;
/// another civic number, street, direction, unit or postal code is not.</summary>
public sealed class AddressStylesTests
{
    // Each street as several people write it; the first of each list is the one the other forms are compared with.
    private static readonly string[][] Streets =
    [
        ["rue Saint-Jean", "rue St-Jean", "Saint-Jean St", "St-Jean Street", "RUE SAINT-JEAN"],
        ["King St W", "King Street West", "W King St", "King W St", "rue King Ouest", "West King Street"],
        ["boul. René-Lévesque O.", "boulevard René-Lévesque Ouest", "René-Lévesque Blvd W", "BOUL RENE-LEVESQUE O"],
        ["1st Ave", "First Avenue", "1re Avenue", "1ère avenue", "1e Avenue"],
        ["3rd Street NW", "3 St NW", "Third Street Northwest", "3rd St. N.W."],
        ["rue Sainte-Catherine Est", "Ste-Catherine St E", "St Catherine E St", "Sainte-Catherine Street East"],
        ["16 Ave SW", "16th Avenue SW", "16 SW Ave", "16th Ave. S.W."],
    ];

    // {u} unit, {c} civic number, {s} street.
    private static readonly string[] UnitForms =
    [
        "Suite {u}, {c} {s}", "{u}-{c} {s}", "#{u}-{c} {s}", "local {u} - {c}, {s}", "{c} {s}, bureau {u}", "{c} {s} #{u}",
        "{u}, {c} {s}", "app. {u}, {c}, {s}", "{c}, {s}\nApt {u}", "bureau {u} – {c} {s}",
    ];

    private static readonly string[][] Localities =
    [
        ["Saint-Jean-sur-Richelieu, QC J3B 6Z2", "St-Jean-sur-Richelieu (Québec)  J3B 6Z2", "ST-JEAN-SUR-RICHELIEU QC\nJ3B6Z2", "St. Jean sur Richelieu, Qc j3b 6z2"],
        ["Québec, QC G1R 1R5", "Québec (Québec)  G1R 1R5", "Ville de Québec\nG1R1R5", "QUEBEC QC\nG1R 1R5"],
        ["Toronto, ON M5H 1J9", "Toronto, Ontario\nM5H 1J9", "TORONTO ONT. M5H1J9", "City of Toronto (Ontario) M5H 1J9"],
    ];

    private static string Write(string form, string unit, string civic, string street, string locality) =>
        form.Replace("{u}", unit, StringComparison.Ordinal).Replace("{c}", civic, StringComparison.Ordinal)
            .Replace("{s}", street, StringComparison.Ordinal) + "\n" + locality;

    private static PostalAddress Parse(string text) =>
        AddressParser.Parse(text) ?? throw new InvalidOperationException("not an address: " + text);

    /// <summary>Each street's every spelling, in a unit form and a locality style other than the first's.</summary>
    public static TheoryData<string, string> SameInTwoStyles()
    {
        var data = new TheoryData<string, string>();
        for (var street = 0; street < Streets.Length; street++)
        {
            var localities = Localities[street % Localities.Length];
            for (var spelling = 1; spelling < Streets[street].Length; spelling++)
            {
                var form = (street * 3 + spelling) % UnitForms.Length;
                var written = Write(UnitForms[form], "12B", "950", Streets[street][spelling], localities[spelling % localities.Length]);
                var requested = Write(UnitForms[(form + 1 + street) % UnitForms.Length], "12B", "950", Streets[street][0], localities[0]);
                data.Add(requested, written);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SameInTwoStyles))]
    public void The_same_address_in_two_styles_matches(string requested, string written)
    {
        Assert.True(AddressComparer.Same(Parse(requested), Parse(written)));
        Assert.True(AddressComparer.Same(Parse(written), Parse(requested)));
        Assert.True(AddressComparer.Same(Parse(requested), Parse(written), ocr: true));
    }

    [Theory]
    [MemberData(nameof(SameInTwoStyles))]
    public void Another_civic_number_unit_or_postal_code_in_another_style_does_not_match(string requested, string written)
    {
        string[] changed =
        [
            written.Replace("950", "952", StringComparison.Ordinal),
            written.Replace("12B", "12C", StringComparison.Ordinal),
            written.Replace("12B", "3", StringComparison.Ordinal),
            ChangePostalCode(written),
        ];

        foreach (var other in changed)
        {
            Assert.False(AddressComparer.Same(Parse(requested), Parse(other)), other);
            Assert.False(AddressComparer.Same(Parse(requested), Parse(other), ocr: true), other);
        }
    }

    [Theory]
    [MemberData(nameof(SameInTwoStyles))]
    public void Another_street_or_direction_in_another_style_does_not_match(string requested, string written)
    {
        var street = Array.FindIndex(Streets, spellings => spellings.Skip(1).Any(s => written.Contains(s, StringComparison.Ordinal)));
        var spelling = Streets[street].Skip(1).Where(s => written.Contains(s, StringComparison.Ordinal)).MaxBy(s => s.Length)!;
        var otherStreet = Streets[(street + 1) % Streets.Length][0];

        Assert.False(AddressComparer.Same(Parse(requested), Parse(written.Replace(spelling, otherStreet, StringComparison.Ordinal))));
        Assert.False(AddressComparer.Same(Parse(requested), Parse(written.Replace(spelling, OtherDirection(spelling), StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("King W St", "King St W")]
    [InlineData("St Catherine E St", "rue Sainte-Catherine Est")]
    [InlineData("1ère avenue", "First Avenue")]
    [InlineData("rue Principale Nord Est", "Principale St NE")]
    public void Street_spellings_have_one_key(string written, string other) =>
        Assert.Equal(StreetNameKey.From(other), StreetNameKey.From(written));

    [Fact]
    public void A_direction_before_the_type_is_still_compared() =>
        Assert.NotEqual(StreetNameKey.From("King St W"), StreetNameKey.From("King E St"));

    // The last character of the postal code moved by one, however the code is written.
    private static string ChangePostalCode(string text)
    {
        var lines = text.Split('\n');
        var last = lines[^1];
        var code = last.TrimEnd();
        lines[^1] = code[..^1] + (code[^1] == '9' ? '8' : (char)(code[^1] + 1));
        return string.Join('\n', lines);
    }

    // A direction turned around ("W" to "E", "Ouest" to "Est"); a street without one is given one.
    private static string OtherDirection(string street)
    {
        var words = street.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var direction = StreetWords.CanonicalDirection(PortMailBot.Intake.Text.TextFold.Compact(words[i]));
            if (direction is not null && (i > 0 || words.Length > 2))
            {
                words[i] = direction switch { "w" => "E", "e" => "W", "nw" => "NE", "sw" => "SE", _ => "N" };
                return string.Join(' ', words);
            }
        }

        return street + " N";
    }
}
