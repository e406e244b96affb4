using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Names;

public sealed class PersonNameParserTests
{
    [Theory]
    [InlineData("Étienne Bergeron", "Étienne", "Bergeron", null)]
    [InlineData("Jérôme M. Marchand", "Jérôme", "Marchand", "M.")]
    [InlineData("BERGERON, Étienne", "Étienne", "BERGERON", null)]
    [InlineData("Marchand, Jérôme M.", "Jérôme", "Marchand", "M.")]
    [InlineData("ÉTIENNE BERGERON", "ÉTIENNE", "BERGERON", null)]
    [InlineData("Mr. John Smith", "John", "Smith", null)]
    [InlineData("Mrs Jane Doe", "Jane", "Doe", null)]
    [InlineData("Ms. Jane Doe", "Jane", "Doe", null)]
    [InlineData("Dr. Jane Doe", "Jane", "Doe", null)]
    [InlineData("M. Jean Tremblay", "Jean", "Tremblay", null)]
    [InlineData("Mme Andrée Carrier", "Andrée", "Carrier", null)]
    [InlineData("Jean-Philippe Tremblay", "Jean-Philippe", "Tremblay", null)]
    [InlineData("Marie de la Fontaine", "Marie", "de la Fontaine", null)]
    [InlineData("Ludwig van Beethoven", "Ludwig", "van Beethoven", null)]
    [InlineData("Anne-Marie St-Pierre", "Anne-Marie", "St-Pierre", null)]
    [InlineData("Seán O'Brien", "Seán", "O'Brien", null)]
    [InlineData("John Ronald Reuel Tolkien", "John", "Tolkien", "Ronald Reuel")]
    [InlineData("John Smith Jr.", "John", "Smith", null)]
    [InlineData("  Wesley   Hébert  ", "Wesley", "Hébert", null)]
    [InlineData("Name: Claire Patel", "Claire", "Patel", null)]
    [InlineData("JEROME MARCHAND                            Envoyer à:        Montant dû", "JEROME", "MARCHAND", null)]
    [InlineData("L0UISE TREMBLAY", "L0UISE", "TREMBLAY", null)]
    [InlineData("Marie du Lac", "Marie", "du Lac", null)]
    [InlineData("Bill Page", "Bill", "Page", null)]
    public void Splits_names(string text, string first, string last, string? middle)
    {
        var name = PersonNameParser.Parse(text);

        Assert.NotNull(name);
        Assert.Equal(first, name.FirstName);
        Assert.Equal(last, name.LastName);
        Assert.Equal(middle, name.Middle);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Madonna")]
    [InlineData("Accounts team")]
    [InlineData("Billing Department")]
    [InlineData("Blue Heron Massage Inc.")]
    [InlineData("Quincaillerie du Faubourg Ltée")]
    [InlineData("Ridgeway Auto Glass Ltd")]
    [InlineData("Support")]
    [InlineData("accounts@example.com")]
    [InlineData("2218 East Hastings Street")]
    [InlineData("Jane Doe, John Doe, Bob Roe")]
    [InlineData("Jean M.")]
    [InlineData("BURNABY BC V5H 4W6")]
    [InlineData("OTTAWA ON K1P9W5")]
    [InlineData("City                 Edmonton")]
    [InlineData("Personne autorisée — prénom                 Claire")]
    [InlineData("Current carrier     Northern Lights Communications")]
    [InlineData("Détail des frais par numéro")]
    [InlineData("LETTRE D'AUTORISATION")]
    [InlineData("OAKRIDGE INSURANCE BROKERS")]
    [InlineData("Number    Description    Amount")]
    public void Rejects_what_is_not_a_person(string text) => Assert.Null(PersonNameParser.Parse(text));

    public static TheoryData<string> JoinedNames()
    {
        // Firms named after two words joined by a sign, in the casings and spacings documents print them.
        var data = new TheoryData<string>();
        string[][] pairs = [["Maple", "Birch"], ["Cedar", "Sage"], ["Côté", "Fils"], ["Smith", "Jones"], ["Lavoie", "Roy"]];
        foreach (var pair in pairs)
        {
            foreach (var sign in new[] { " & ", "&", " + " })
            {
                data.Add(pair[0] + sign + pair[1]);
                data.Add((pair[0] + sign + pair[1]).ToUpperInvariant());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(JoinedNames))]
    public void Two_words_joined_by_an_ampersand_or_plus_are_not_one_person(string text) => Assert.Null(PersonNameParser.Parse(text));

    [Fact]
    public void Rejects_overlong_text() => Assert.Null(PersonNameParser.Parse(new string('a', 5000) + " b"));

    /// <summary>Trades and shops named without Inc or Ltd, each after one or two words of a business name.</summary>
    public static TheoryData<string> TradeNames()
    {
        var data = new TheoryData<string>();
        string[] heads = ["Blue Spruce", "Harbour", "Maple Ridge", "Côte-Nord"];
        string[] trades = ["Landscaping", "Inspections", "Plumbing", "Roofing", "Cycles", "Boatworks", "Brewery", "Paysagement", "Plomberie", "Électrique"];
        for (var i = 0; i < trades.Length; i++)
        {
            data.Add($"{heads[i % heads.Length]} {trades[i]}");
            data.Add($"{heads[(i + 1) % heads.Length].ToUpperInvariant()} {trades[i].ToUpperInvariant()}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TradeNames))]
    public void A_trade_named_without_inc_or_ltd_is_no_person(string text) =>
        Assert.Null(PersonNameParser.Parse(text));
}
