using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Names;

/// <summary>The French form "NOM Prénom": the family name in capitals before the given names, with no comma.</summary>
public sealed class CapitalizedLastNameTests
{
    private static readonly (string First, string Last)[] People =
    [
        ("Jane", "Doe"), ("Guy", "Le Blanc"), ("Marie", "de la Fontaine"), ("Siobhan", "O'Brien"), ("Jean-François", "Tremblay"),
        ("Hélène", "Lévesque-Roy"), ("Pieter", "Van der Berg"),
    ];

    private static readonly string[] Titles = ["", "Mme ", "M. ", "Dr "];

    public static TheoryData<string, string, string> CapitalsFirst()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (first, last) in People)
        {
            foreach (var title in Titles)
            {
                data.Add(title + last.ToUpperInvariant() + " " + first, first, last.ToUpperInvariant());
            }

            data.Add(last.ToUpperInvariant() + " " + first + " A.", first, last.ToUpperInvariant());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CapitalsFirst))]
    public void A_last_name_in_capitals_before_the_given_name_is_the_last_name(string written, string first, string last)
    {
        var name = PersonNameParser.Parse(written);

        Assert.NotNull(name);
        Assert.Equal(first, name.FirstName);
        Assert.Equal(last, name.LastName);
    }

    [Theory]
    [InlineData("Jane DOE", "Jane", "DOE")]
    [InlineData("JANE DOE", "JANE", "DOE")]
    [InlineData("Jane Doe", "Jane", "Doe")]
    [InlineData("Marie de la Fontaine", "Marie", "de la Fontaine")]
    [InlineData("MARIE DE LA FONTAINE", "MARIE", "DE LA FONTAINE")]
    [InlineData("DOE, Jane", "Jane", "DOE")]
    public void A_name_in_one_case_or_with_capitals_last_keeps_its_order(string written, string first, string last)
    {
        var name = PersonNameParser.Parse(written);

        Assert.NotNull(name);
        Assert.Equal(first, name.FirstName);
        Assert.Equal(last, name.LastName);
    }

    [Theory]
    [InlineData("de la Fontaine Marie", "Marie", "de la Fontaine")]
    [InlineData("Van der Berg Pieter", "Pieter", "Van der Berg")]
    [InlineData("van Beethoven Ludwig", "Ludwig", "van Beethoven")]
    [InlineData("Mme de la Fontaine Marie Claire", "Marie", "de la Fontaine")]
    [InlineData("du Lac Marie", "Marie", "du Lac")]
    public void A_name_opening_on_the_particles_of_its_last_name_opens_on_its_last_name(string written, string first, string last)
    {
        var name = PersonNameParser.Parse(written);

        Assert.NotNull(name);
        Assert.Equal(first, name.FirstName);
        Assert.Equal(last, name.LastName);
    }

    [Theory]
    [InlineData("Van Morrison", "Van", "Morrison")]
    [InlineData("Marie de la Fontaine", "Marie", "de la Fontaine")]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van Beethoven")]
    public void A_first_name_before_the_particles_keeps_its_place(string written, string first, string last)
    {
        var name = PersonNameParser.Parse(written);

        Assert.NotNull(name);
        Assert.Equal(first, name.FirstName);
        Assert.Equal(last, name.LastName);
    }

    [Theory]
    [InlineData("Robert L. Harper", "Harper", "L.")]
    [InlineData("Marie D. Tremblay", "Tremblay", "D.")]
    [InlineData("Siobhan O. Kelly", "Kelly", "O.")]
    [InlineData("ROBERT L. HARPER", "HARPER", "L.")]
    [InlineData("Mr Robert L. Harper Jr.", "Harper", "L.")]
    public void A_middle_initial_is_no_particle_of_the_last_name(string written, string last, string middle)
    {
        var name = PersonNameParser.Parse(written);

        Assert.NotNull(name);
        Assert.Equal(last, name.LastName);
        Assert.Equal(middle, name.Middle);
    }
}
