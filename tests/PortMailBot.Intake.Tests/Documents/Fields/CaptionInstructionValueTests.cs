using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A caption with an instruction in parentheses beside an empty field ("Entreprise (s'il y a lieu)") is a
/// caption, never the value of its neighbour ("Nom du titulaire (lettres moulées)" under its value).</summary>
public sealed class CaptionInstructionValueTests
{
    [Theory]
    [InlineData("Nom du titulaire (lettres moulées)", "Entreprise (s'il y a lieu)")]
    [InlineData("Subscriber name (print)", "Company (if any)")]
    [InlineData("Nom de l'abonné (en lettres moulées)", "Entreprise (s'il y a lieu) :")]
    [InlineData("Account holder (print)", "Business name (optional)")]
    public void An_empty_neighbours_caption_is_not_read_as_a_name(string nameCaption, string emptyCaption)
    {
        var page = new PageBuilder()
            .Line(60, (306, "LETTER OF AGENCY — NUMBER TRANSFER"))
            .Line(110, (42, "Jane Doe"))
            .SizedLine(123, 6.5, (42, nameCaption), (312, emptyCaption))
            .Line(150, (42, "120 King St W"))
            .SizedLine(163, 6.5, (42, "Service address — number, street, unit"))
            .Line(190, (42, "Toronto, ON M5H 1J9"))
            .SizedLine(203, 6.5, (42, "City, province, postal code"))
            .Line(240, (40, "Numbers covered by this letter:"))
            .Line(256, (60, "(416) 320-4134"))
            .Line(300, (40, "The subscriber authorizes Twilio and its partners to transfer these numbers."))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.DoesNotContain(document.Names, name => name.Contains('(', StringComparison.Ordinal));
    }
}
