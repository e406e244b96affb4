using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;
using static PortMailBot.Intake.Tests.Documents.Fields.GeneratedLayouts;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Field extraction over layouts generated here, not copied from known forms: every combination of
/// label wording, value placement and address split must give the person and the address back.</summary>
public sealed class GeneratedLayoutTests
{
    private static readonly PersonName Person = new(First, Last);

    private static readonly PostalAddress Address = new("120 King St W", "Suite 400", "Toronto", "ON", "M5H 1J9");

    public static TheoryData<string, string, string, int, Placement> Forms()
    {
        var data = new TheoryData<string, string, string, int, Placement>();
        var k = 0;
        foreach (var placement in Enum.GetValues<Placement>())
        {
            foreach (var nameLabel in NameLabels)
            {
                foreach (var addressLabel in AddressLabels)
                {
                    for (var split = 0; split < AddressSplits.Length; split++)
                    {
                        // Every wording and split with every placement, titles taken in turn.
                        data.Add(Titles[k++ % Titles.Length], nameLabel, addressLabel, split, placement);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Form_fields_are_read_wherever_the_value_stands(string title, string nameLabel, string addressLabel, int split, Placement placement)
    {
        var page = Form(title, nameLabel, addressLabel, AddressSplits[split], placement);

        var document = DocumentReader.FromPages("scan0001.pdf", [page]);

        Assert.NotEqual(DocumentKind.Other, document.Kind);
        Assert.True(document.Names.Any(n => NameComparer.Same(Person, n)), string.Join(" / ", document.Names));
        Assert.True(document.Addresses.Any(a => AddressComparer.Same(Address, a)), string.Join(" / ", document.Addresses));
        Assert.Contains("+14163204134", document.PhoneNumbers);
    }

    public static TheoryData<string[], int, bool> NameBlocks()
    {
        string[][] names =
        [
            [$"{First} {Last}".ToUpperInvariant(), Business.ToUpperInvariant()],
            [Business, $"{First} {Last}"],
            [Business, $"Attn: {First} {Last}"],
            [$"{First} {Last}", $"c/o {Business}"],
            [Business, $"À l'attention de {First} {Last}"],
        ];
        var data = new TheoryData<string[], int, bool>();
        foreach (var block in names)
        {
            for (var split = 1; split < AddressSplits.Length; split++)
            {
                data.Add(block, split, split % 2 == 0);
                data.Add(block, split, split % 2 == 1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NameBlocks))]
    public void Addressee_block_gives_every_name_line_and_the_address(string[] nameLines, int split, bool rightColumn)
    {
        var page = Addressee("Your statement", nameLines, AddressSplits[split], rightColumn);

        var document = DocumentReader.FromPages("statement.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains(document.Names, n => NameComparer.Same(Person, n));
        Assert.Contains(document.Names, n => n.Equals(Business, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(document.ServiceAddress);
        Assert.True(AddressComparer.Same(Address, document.ServiceAddress), document.ServiceAddress.ToString());
    }

    [Fact]
    public void Addressee_on_a_street_named_by_a_street_type_is_read_and_the_bill_gives_no_address_from_run_on_text()
    {
        var page = new PageBuilder()
            .Line(41, (54, "Borealis Communications"), (460, "Your statement"))
            .Line(98, (68, "Isaac Fournier"), (336, "Statement Date"), (433, "Nov 9 2026"))
            .Line(110, (68, "Zephyr Air Charters"))
            .Line(116, (336, "Account number"), (433, "BOR-6549-289059"))
            .Line(123, (68, "1596 Concession St"))
            .Line(132, (68, "Hamilton, ON L8R 8W2"), (336, "Service period"), (433, "Nov 9 - Dec 8, 2026"))
            .Build();

        var document = DocumentReader.FromPages("statement.pdf", [page]);

        Assert.Contains("Isaac Fournier", document.Names);
        var address = Assert.Single(document.Addresses);
        Assert.Equal(("1596", "L8R 8W2"), (address.StreetNumber, address.PostalCode));
    }

    [Theory]
    [InlineData(false, 6, false)]
    [InlineData(false, 9, true)]
    [InlineData(false, 14, false)]
    [InlineData(false, 40, true)]
    [InlineData(true, 5, true)]
    [InlineData(true, 11, false)]
    [InlineData(true, 17, true)]
    public void Prose_letter_gives_its_signer_and_service_address(bool french, int wordsPerLine, bool letterhead)
    {
        var document = DocumentReader.FromPages("letter.pdf", [ProseLetter(french, wordsPerLine, letterhead)]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.True(document.Names.Any(n => NameComparer.Same(Person, n)), string.Join(" / ", document.Names));
        Assert.True(document.Addresses.Any(a => AddressComparer.Same(Address, a)), string.Join(" / ", document.Sources.Select(s => s.Value)));
        var source = Assert.Single(document.Sources, s => s.Field == FieldSource.Name && NameComparer.Same(Person, s.Value));
        Assert.Equal(1, source.Page);
        Assert.NotEmpty(source.Boxes);
    }

    [Fact]
    public void Letter_naming_nobody_and_no_address_reads_neither()
    {
        var page = new PageBuilder()
            .Line(40, (60, "Re: Letter of Authorization"))
            .Line(70, (60, "Please port the numbers below to Twilio as soon as possible."))
            .Line(90, (60, "416-320-4134"))
            .Build();

        var document = DocumentReader.FromPages("letter.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.DoesNotContain(document.Names, n => PersonNameParser.Parse(n) is not null);
        Assert.Empty(document.Addresses);
    }
}
