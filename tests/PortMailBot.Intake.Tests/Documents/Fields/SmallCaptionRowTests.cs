using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A record printing a row of small captions over a row of larger values, two or three columns wide, where
/// the caption beside the name's is in wording no list holds: the name is the value under its caption.</summary>
public sealed class SmallCaptionRowTests
{
    private static readonly string[] NameCaptions = ["AUTHORIZED CONTACT", "Account holder", "CONTACT AUTORISÉ", "Titulaire du compte"];

    private static readonly string[] BesideCaptions = ["BILLING TELEPHONE", "TÉLÉPHONE DE FACTURATION", "Préférence de langue", "Main line since"];

    public static TheoryData<string, string, double> Cases()
    {
        var data = new TheoryData<string, string, double>();
        var gap = 0;
        foreach (var caption in NameCaptions)
        {
            foreach (var beside in BesideCaptions)
            {
                data.Add(caption, beside, 250 + 20 * (gap++ % 3));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_name_is_read_under_its_small_caption_not_beside_it(string caption, string beside, double column)
    {
        var page = new PageBuilder()
            .SizedLine(40, 12, (40, "Customer Service Record — Maritime Connect"))
            .SizedLine(80, 7, (40, caption), (column, beside))
            .SizedLine(89, 10, (40, "FATIMA DESROSIERS"), (column, "819-821-0109"))
            .SizedLine(120, 7, (40, "SERVICE LOCATION"))
            .SizedLine(129, 10, (40, "5641 boul. René-Lévesque O #12"))
            .SizedLine(141, 10, (40, "Sherbrooke (QC) J4N 4T7"))
            .Build();

        var document = DocumentReader.FromPages("record.pdf", [page]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Contains("FATIMA DESROSIERS", document.Names);
        Assert.DoesNotContain(beside, document.Names);
    }

    [Theory]
    [InlineData(8.0)]
    [InlineData(8.5)]
    public void An_accent_reaching_above_a_caption_does_not_make_it_value_sized(double valueSize)
    {
        // "AUTORISÉ" and "TÉLÉPHONE" reach higher than the caption's other words by their accents.
        var page = new PageBuilder()
            .SizedLine(40, 12, (40, "Relevé de service client — Lakeshore Telephone"))
            .SizedLine(80, 6.5, (40, "CONTACT"), (286, "DE FACTURATION"))
            .Word("AUTORISÉ", new PageBox(70, 78, 101, 86.5), 1)
            .Word("TÉLÉPHONE", new PageBox(228, 78, 283, 86.5), 1)
            .SizedLine(90, valueSize, (40, "Lévesque-Roy, Marie"), (228, "819.706.7153"))
            .Build();

        var document = DocumentReader.FromPages("record.pdf", [page]);

        Assert.Contains("Lévesque-Roy, Marie", document.Names);
    }

    [Fact]
    public void A_value_beside_its_label_printed_the_same_size_stays_the_value()
    {
        var page = new PageBuilder()
            .SizedLine(40, 12, (40, "Customer Service Record"))
            .SizedLine(80, 10, (40, "Account holder"), (250, "JEAN TREMBLAY"))
            .SizedLine(94, 10, (40, "Service address"), (250, "88 Queen St E, Toronto, ON M5C 1S6"))
            .Build();

        Assert.Contains("JEAN TREMBLAY", DocumentReader.FromPages("record.pdf", [page]).Names);
    }
}
