using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A record printing each value first and its caption after it, to the right ("Jane Doe      authorized
/// user"), the address going on under its first line: names and the address are read from the left.</summary>
public sealed class ValueBeforeCaptionTests
{
    private static readonly (string Name, string Address)[] Captions =
    [
        ("authorized user", "service address"), ("← authorized user", "← service address"), ("account holder", "service location"),
        ("titulaire autorisé", "adresse de service"), ("Nom du titulaire", "Adresse d'installation"),
    ];

    public static TheoryData<int, double> Cases()
    {
        var data = new TheoryData<int, double>();
        for (var c = 0; c < Captions.Length; c++)
        {
            data.Add(c, 330);
            data.Add(c, 420);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Name_and_address_are_read_left_of_their_captions(int captions, double column)
    {
        var (name, address) = Captions[captions];
        var page = new PageBuilder()
            .Line(40, (40, "Vallée Téléphone — Customer record"))
            .Line(80, (40, "VT828597-61"), (column, "account number"))
            .Line(95, (40, "Ahmed, Tariq"), (column, name))
            .Line(110, (40, "6291, BOULEVARD DES LAURENTIDES EST #210"), (column, address))
            .Line(125, (40, "SHERBROOKE (QC)"))
            .Line(140, (40, "J9T 4Z6"))
            .Line(180, (40, "819.840.0516"), (200, "Voice Basic 40"), (330, "In service"))
            .Build();

        var document = DocumentReader.FromPages("record.pdf", [page]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Contains("Ahmed, Tariq", document.Names);
        var read = Assert.Single(document.Addresses);
        Assert.Equal("J9T 4Z6", read.PostalCode);
        Assert.Equal("210", read.Unit);
    }

    [Fact]
    public void A_caption_heading_a_column_keeps_its_value_below()
    {
        var page = new PageBuilder()
            .Line(40, (40, "Customer Service Record"))
            .Line(80, (40, "Status: active"), (330, "Account holder"))
            .Line(95, (330, "JEAN TREMBLAY"))
            .Build();

        var document = DocumentReader.FromPages("record.pdf", [page]);

        Assert.Contains("JEAN TREMBLAY", document.Names);
        Assert.DoesNotContain("Status: active", document.Names);
    }
}
