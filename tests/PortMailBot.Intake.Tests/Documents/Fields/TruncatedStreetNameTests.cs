using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A scan that loses a street name's last word leaves it stopping at a particle ("4283, avenue des"):
/// that is no street name (none ends so), so it is no address to compare, not a different street.</summary>
public sealed class TruncatedStreetNameTests
{
    private static readonly string[] Leads = ["avenue des", "rue de la", "chemin du", "boulevard de", "rue d'", "Avenue of the", "place les"];

    public static TheoryData<string, string> CutAndWhole()
    {
        var data = new TheoryData<string, string>();
        foreach (var lead in Leads)
        {
            foreach (var (number, tail) in new[] { ("4283", ", Drummondville QC J2B 6M0"), ("17", "\nSherbrooke (Québec) J1H 4C2"), ("906", ", Rimouski, QC G5L 2X9") })
            {
                var separator = lead.EndsWith('\'') ? string.Empty : " ";
                data.Add($"{number}, {lead}{tail}", $"{number}, {lead}{separator}Érables{tail}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CutAndWhole))]
    public void A_street_name_stopping_at_a_particle_has_no_name_word_and_the_whole_one_has(string cut, string whole)
    {
        var cutAddress = AddressParser.Parse(cut);
        var wholeAddress = AddressParser.Parse(whole);

        Assert.NotNull(wholeAddress);
        Assert.True(AddressBlocks.HasNameWord(wholeAddress));
        Assert.True(cutAddress is null || !AddressBlocks.HasNameWord(cutAddress), cutAddress?.StreetName);
    }

    [Theory]
    [InlineData("12 rue Le Royer, Montréal QC H2Y 1W7")]
    [InlineData("55 avenue De Lorimier, Longueuil QC J4K 3N6")]
    [InlineData("8 Concession St, Kingston ON K7K 2B3")]
    [InlineData("301 Avenue of the Americas Rd, Ottawa ON K1P 5G4")]
    public void A_particle_inside_a_street_name_leaves_it_whole(string text)
    {
        var address = AddressParser.Parse(text);

        Assert.NotNull(address);
        Assert.True(AddressBlocks.HasNameWord(address), address.StreetName);
    }
}
