using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A document's business field ("Company name", "Entreprise", "Raison sociale") is read as the business,
/// whatever its caption's wording and whether the value stands beside or under it.</summary>
public sealed class BusinessFieldTests
{
    [Theory]
    [InlineData("Company name", "Silver Birch", true)]
    [InlineData("Business name:", "Blue Heron", true)]
    [InlineData("Entreprise", "Harbour Light", false)]
    [InlineData("Raison sociale", "Maple & Oak", false)]
    [InlineData("Nom de l'entreprise", "Cedar Hollow", true)]
    public void A_labelled_business_is_read_as_the_business(string caption, string business, bool beside)
    {
        var builder = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(100, (60, "Authorized person — first name"), (300, "Jane"))
            .Line(115, (60, "Authorized person — last name"), (300, "Doe"));
        builder = beside
            ? builder.Line(130, (60, caption), (300, business))
            : builder.Line(130, (60, caption)).Line(145, (60, business));
        var page = builder
            .Line(170, (60, "Street address"), (300, "Suite 400, 120 King St W"))
            .Line(185, (60, "City"), (300, "Toronto"))
            .Line(200, (60, "Province"), (300, "ON"))
            .Line(215, (60, "Postal code"), (300, "M5H 1J9"))
            .Line(240, (60, "(416) 320-4134"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.True(BusinessNames.IsOneOf(business, document.Businesses), string.Join(" | ", document.Businesses));
    }
}
