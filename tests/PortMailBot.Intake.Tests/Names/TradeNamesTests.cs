using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Names;

/// <summary>A holder line naming the person and the business they trade as: each side on its own.</summary>
public sealed class TradeNamesTests
{
    private static readonly string[] Separators =
        ["o/a", "O/A", "DBA", "d/b/a", "operating as", "doing business as", "f.a.s.r.s.", "faisant affaire sous le nom de", "s/n"];

    private static readonly (string Person, string Business)[] Holders =
        [("Jane Doe", "Acme Bakery Ltd."), ("MARIE DE LA FONTAINE", "BLUE HERON"), ("B. Desrosiers", "Le Petit Four"), ("Siobhan O'Brien", "Maple & Oak")];

    public static TheoryData<string, string, string> Lines()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var separator in Separators)
        {
            foreach (var (person, business) in Holders)
            {
                data.Add($"{person} {separator} {business}", person, business);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_person_and_the_business_are_read_apart(string line, string person, string business)
    {
        Assert.Equal([person, business], TradeNames.Split(line));
    }

    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("Acme Bakery Ltd.")]
    [InlineData("Noa Bass")]
    [InlineData("Oakes & Dbaron")]
    public void A_line_without_an_operating_as_word_stays_whole(string line)
    {
        Assert.Equal([line], TradeNames.Split(line));
    }
}
