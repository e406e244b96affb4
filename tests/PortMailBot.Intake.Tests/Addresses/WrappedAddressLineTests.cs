using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>An address typed on one line and wrapped by a mail client after a word that cannot end the line: a unit
/// word before its number ("Suite" / "210") or the first word of a province's name ("British" / "Columbia").
/// Every such break point of these addresses is tried; the address must read as the unbroken one does.</summary>
public sealed class WrappedAddressLineTests
{
    private static readonly string[] Addresses =
    [
        "1752 Gerrard Street East, Suite 210, Toronto, ON M4W 8L2",
        "656 Smythe St, Apt 1034, Fredericton, New Brunswick E3B 5X9",
        "221 Cambie Street, Unit 319, Vancouver, British Columbia V6B 9S8",
        "1761 Gottingen St, Halifax, Nova Scotia B3J 4N2",
        "973 Pownal Street, Suite 16, Charlottetown, Prince Edward Island C1A 4M4",
        "1394, rue Royale, bureau 615, Trois-Rivières (Québec) G9A 6V4",
        "218 Kenmount Rd, Unit 4, St. John's, Newfoundland and Labrador A1C 9S5",
    ];

    private static readonly string[] OpenWords = ["Suite", "Apt", "Unit", "bureau", "British", "New", "Nova", "Prince", "Edward", "Newfoundland", "and"];

    public static TheoryData<int, int> Breaks()
    {
        var data = new TheoryData<int, int>();
        for (var a = 0; a < Addresses.Length; a++)
        {
            // Every break after a word that leaves the line open.
            var words = Addresses[a].Split(' ');
            for (var cut = 1; cut < words.Length; cut++)
            {
                if (OpenWords.Contains(words[cut - 1].TrimEnd('.'), StringComparer.OrdinalIgnoreCase))
                {
                    data.Add(a, cut);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void An_address_wrapped_at_any_word_reads_as_the_unbroken_one(int address, int cut)
    {
        var words = Addresses[address].Split(' ');
        var wrapped = string.Join(' ', words[..cut]) + "\n" + string.Join(' ', words[cut..]);
        var whole = AddressParser.Parse(Addresses[address]);

        var read = AddressParser.Parse(wrapped);

        Assert.NotNull(whole);
        Assert.Equal((whole.StreetNumber, whole.Unit, whole.Province, whole.PostalCode), (read?.StreetNumber, read?.Unit, read?.Province, read?.PostalCode));
    }
}
