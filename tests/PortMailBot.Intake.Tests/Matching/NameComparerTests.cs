using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Matching;

public sealed class NameComparerTests
{
    [Theory]
    [InlineData("Étienne", "Bergeron", "Étienne Bergeron")]
    [InlineData("Étienne", "Bergeron", "ÉTIENNE BERGERON")]
    [InlineData("Étienne", "Bergeron", "Etienne Bergeron")]
    [InlineData("Étienne", "Bergeron", "ETIENNE BERGERON")]
    [InlineData("Étienne", "Bergeron", "Bergeron, Étienne")]
    [InlineData("Étienne", "Bergeron", "BERGERON, ETIENNE")]
    [InlineData("Étienne", "Bergeron", "BERGERON ÉTIENNE")]
    [InlineData("Jérôme", "Marchand", "Jérôme M. Marchand")]
    [InlineData("Jérôme", "Marchand", "JEROME MARCHAND")]
    [InlineData("Jérôme", "Marchand", "Marchand, Jérôme M.")]
    [InlineData("Jérôme", "Marchand", "  jérôme   marchand ")]
    [InlineData("John", "Smith", "Mr. John Smith")]
    [InlineData("John", "Smith", "John Robert Smith")]
    [InlineData("John", "Smith", "John Smith Jr.")]
    [InlineData("Jean-Philippe", "Tremblay", "Jean Philippe Tremblay")]
    [InlineData("Jean-Philippe", "Tremblay", "JEAN-PHILIPPE TREMBLAY")]
    [InlineData("Marie", "de la Fontaine", "Marie Delafontaine")]
    [InlineData("Marie", "de la Fontaine", "MARIE DE LA FONTAINE")]
    [InlineData("Seán", "O'Brien", "Sean OBrien")]
    [InlineData("Andrée", "Carrier", "Mme Andrée Carrier")]
    [InlineData("Wesley", "Hébert", "Name: Wesley Hebert")]
    [InlineData("Jérôme", "Marchand", "MARCHAND JÉRÔME M.")]
    [InlineData("Jérôme", "Marchand", "Marchand, Jérôme M")]
    public void Same_person(string first, string last, string written) =>
        Assert.True(NameComparer.Same(new PersonName(first, last), written));

    [Theory]
    [InlineData("Jérôme", "Marchand", "Jérôme Marchand", "M.")]
    [InlineData("Jérôme", "Marchand", "Jérôme Michel Marchand", "M.")]
    public void A_middle_name_on_either_side_does_not_matter(string first, string last, string written, string middle) =>
        Assert.True(NameComparer.Same(new PersonName(first, last, middle), written));

    [Theory]
    [InlineData("Caroline", "Li", "Caroline Lee")]
    [InlineData("Caroline", "Lee", "Caroline Li")]
    [InlineData("Claire", "Stewart", "Claire Stuart")]
    [InlineData("Claire", "Patel", "Clara Patel")]
    [InlineData("Étienne", "Morin", "Étienne Martin")]
    [InlineData("Étienne", "Morin", "Stéphane Morin")]
    [InlineData("Étienne", "Morin", "Morin")]
    [InlineData("Étienne", "Morin", "Étienne")]
    [InlineData("Étienne", "Morin", "E. Morin")]
    [InlineData("Étienne", "Morin", "")]
    [InlineData("Étienne", "Morin", "Quincaillerie du Faubourg")]
    [InlineData("Jean-Philippe", "Tremblay", "Jean Tremblay")]
    [InlineData("Megan", "Smith", "Megan Smithers")]
    [InlineData("Megan", "Smith", "Megan Ann Smith-Jones")]
    public void Different_person(string first, string last, string written)
    {
        Assert.False(NameComparer.Same(new PersonName(first, last), written));
        Assert.False(NameComparer.Same(new PersonName(first, last), written, ocr: true));
    }

    [Theory]
    [InlineData("Louise", "Tremblay", "Iouise Tremblay")]
    [InlineData("Louise", "Tremblay", "L0UISE TREMBLAY")]
    [InlineData("Hélène", "Bosco", "Helene B0sco")]
    [InlineData("Caroline", "Lefebvre", "Caroline Lefebvre")]
    public void Ocr_confusions_pass_only_when_read_by_ocr(string first, string last, string written)
    {
        Assert.True(NameComparer.Same(new PersonName(first, last), written, ocr: true));
    }

    [Fact]
    public void Ocr_confusions_do_not_pass_in_typed_text() =>
        Assert.False(NameComparer.Same(new PersonName("Louise", "Tremblay"), "L0UISE TREMBLAY"));
}
