using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Tests.Requests;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>An address typed on one line after its label and hard-wrapped by a mail client (plain 60/72/76 columns,
/// format=flowed's trailing space, a quoted forward): every break between two words is tried, inside the postal code
/// ("M5H" / "7B2"), after a French street type or a joining word ("6576 chemin des" / "Quatre-Bourgeois"), inside the
/// street's name ("543 Lake" / "Shore Blvd W"). The wrapped address reads as the unbroken one does.</summary>
public sealed class HardWrappedAddressTests
{
    private static readonly string[] Addresses =
    [
        "543 Lake Shore Blvd W, Suite 302, Toronto ON  M5H 7B2",
        "1012 Elmwood Dr, Moncton (NB) E1C 7A6",
        "813-6576 chemin des Quatre-Bourgeois, Québec, QC G1K 3E0",
        "1730, boulevard Saint-Michel, Montréal (Québec) H1V 8P9",
        "950, rue de la Montagne, local 9, Sherbrooke QC J1J 4J3",
        "1119 Gladstone Avenue, Suite 109, Ottawa, Ontario K1Y 4Y8",
        "2357 Concession Street, Unit 527, Hamilton, Ontario L8P 7E4",
    ];

    public static TheoryData<int, int, string> Breaks()
    {
        var data = new TheoryData<int, int, string>();
        for (var a = 0; a < Addresses.Length; a++)
        {
            var words = Addresses[a].Split(' ');
            for (var cut = 1; cut < words.Length; cut++)
            {
                // A break right after a comma is a line the sender could have typed; the others are a client's wrap.
                if (!words[cut - 1].EndsWith(',') && words[cut - 1].Length > 0 && words[cut].Length > 0)
                {
                    data.Add(a, cut, (a + cut) % 3 == 0 ? "> " : (a + cut) % 3 == 1 ? " " : "");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void An_address_wrapped_between_any_two_words_reads_as_the_unbroken_one(int address, int cut, string wrapMark)
    {
        var words = Addresses[address].Split(' ');
        var whole = AddressParser.Parse(Addresses[address]);
        // format=flowed leaves a space at the end of the broken line; a forward quotes both lines.
        var quote = wrapMark == "> " ? "> " : "";
        var text = $"Hello,\n\n{quote}Account SID: AC0123456789abcdef0123456789abcdef\n{quote}Service address: {string.Join(' ', words[..cut])}{(wrapMark == " " ? " " : "")}\n"
            + $"{quote}{string.Join(' ', words[cut..])}\n{quote}Current carrier - Borealis Mobile\n\nThanks,\nKim Lee\n";

        var read = RequestText.Extract(text).ServiceAddress;

        Assert.NotNull(whole);
        Assert.Equal(
            (whole.StreetNumber, whole.StreetName, whole.Unit, whole.City, whole.Province, whole.PostalCode),
            (read?.StreetNumber, read?.StreetName, read?.Unit, read?.City, read?.Province, read?.PostalCode));
    }

    [Theory]
    [InlineData("12 Lakeview\nSt. Catharines, ON L2R 1A1", "12", "Lakeview", "St. Catharines")]
    [InlineData("88 Bayview\nNorth York, ON M2N 5P9", "88", "Bayview", "North York")]
    public void Lines_that_are_whole_stay_apart(string written, string number, string street, string city)
    {
        var read = AddressParser.Parse(written);

        Assert.Equal((number, street, city), (read?.StreetNumber, read?.StreetName, read?.City));
    }
}
