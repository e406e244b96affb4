namespace PortMailBot.Intake.Tests.Requests;

/// <summary>An address under its label that ends on an abbreviation's period ("Toronto, Ont.", "boul. René-Lévesque
/// O.") is still an address line, not a sentence: its period ends a word, not the text.</summary>
public sealed class AbbreviationEndedAddressTests
{
    private static readonly string[] Labels = ["Adresse de service :", "Service address:", "Adresse :"];

    private static readonly (string Address, string Unit, string Civic)[] Addresses =
    [
        ("950 16th Ave. S.W., Suite 3, Toronto, Ont.", "3", "950"),
        ("PH2, 77 2e Avenue, City of Toronto Ont.", "PH2", "77"),
        ("app. 9, 77, boulevard René-Lévesque Ouest, Montréal, Qué.", "9", "77"),
        ("local 9 - 950, boulevard Charest Ouest, Québec, Qué.", "9", "950"),
        ("bureau 12 – 2020 rue University, Montréal, Qué.", "12", "2020"),
        ("4-55 King Street, Winnipeg, Man.", "4", "55"),
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var address = 0; address < Addresses.Length; address++)
        {
            for (var label = 0; label < Labels.Length; label++)
            {
                data.Add(label, address);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_address_under_its_label_is_read(int label, int address)
    {
        var (text, unit, civic) = Addresses[address];
        var body = "Bonjour,\n\nVeuillez transférer le 514 555-0142.\nSID : AC8835e76b6f81101365d57ee690d91dda\n"
            + $"Titulaire : Jean Tremblay\n{Labels[label]}\n{text}\n\nMerci,\nJean Tremblay\n";

        var read = RequestText.Extract(body).ServiceAddress;

        Assert.NotNull(read);
        Assert.Equal((civic, unit), (read.StreetNumber, read.Unit));
    }

    [Fact]
    public void A_sentence_ending_on_a_full_word_after_the_address_is_not_part_of_it()
    {
        var body = "Bonjour,\n\nSID : AC8835e76b6f81101365d57ee690d91dda\nTitulaire : Jean Tremblay\nAdresse de service :\n"
            + "950, rue Saint-Jean\nNous voulons transférer toutes nos lignes actuelles vers Twilio en Ontario.\n\nMerci\n";

        var read = RequestText.Extract(body).ServiceAddress;

        Assert.NotNull(read);
        Assert.DoesNotContain("Twilio", read.City ?? string.Empty, StringComparison.Ordinal);
    }
}
