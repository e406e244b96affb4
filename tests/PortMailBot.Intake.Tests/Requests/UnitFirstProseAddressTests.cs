namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A service address given in a sentence with its unit first ("Nos lignes sont installées au local 2,
/// 3928, rue Sainte-Catherine Est, …", "Our office is located at Suite 310, 55 Main St, …"): the address, its
/// unit and its civic number.</summary>
public sealed class UnitFirstProseAddressTests
{
    private static readonly string[] Units = ["local 2", "app. 4", "bureau 200", "Suite 310", "apt 5B", "unité 12"];

    private static readonly string[] Openings =
    [
        "Nos lignes sont installées au", "Le service est situé au", "Notre commerce est sis au", "Our office is located at",
        "The lines are at",
    ];

    public static TheoryData<string, string> Sentences()
    {
        var data = new TheoryData<string, string>();
        for (var u = 0; u < Units.Length; u++)
        {
            data.Add(Openings[u % Openings.Length], Units[u]);
            data.Add(Openings[(u + 2) % Openings.Length], Units[u]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_unit_first_address_is_read(string opening, string unit)
    {
        var text = "Bonjour,\n\nJe suis Guy Leblanc, titulaire du compte. "
            + $"{opening} {unit}, 3928, rue Sainte-Catherine Est, Trois-Rivières (Qc)  G9A 7S1. "
            + "Notre SID Twilio est AC8835e76b6f81101365d57ee690d91dda. Nous voulons porter le numéro 819 547-8855.\n\nMerci,\nGuy Leblanc\n";

        var address = RequestText.Extract(text).ServiceAddress;

        Assert.NotNull(address);
        Assert.Equal("G9A 7S1", address.PostalCode);
        Assert.Equal("3928", address.StreetNumber);
        Assert.Equal(unit.Split(' ')[1], address.Unit);
    }
}
