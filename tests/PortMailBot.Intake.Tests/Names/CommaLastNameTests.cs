using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Names;

/// <summary>"Last, First Middle": the words before the comma are the whole last name, whatever the middle initial
/// after the first name looks like (a letter that is also a particle's, "L", "D", "O", with or without its dot).</summary>
public sealed class CommaLastNameTests
{
    private static readonly string[] Lasts = ["Tremblay", "de la Fontaine", "O'Neil", "Côté-Gagnon", "Van den Berg"];

    private static readonly string[] Middles = ["L", "L.", "D", "O.", "Anne", ""];

    public static TheoryData<string, string, bool> Forms()
    {
        var data = new TheoryData<string, string, bool>();
        var i = 0;
        foreach (var last in Lasts)
        {
            foreach (var middle in Middles)
            {
                data.Add(last, middle, i++ % 2 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_words_before_the_comma_are_the_last_name(string last, string middle, bool capitals)
    {
        var text = $"{last}, Marie-Ève {middle}".Trim();
        if (capitals)
        {
            text = text.ToUpperInvariant();
        }

        var name = PersonNameParser.Parse(text);

        Assert.NotNull(name);
        Assert.Equal(capitals ? "MARIE-ÈVE" : "Marie-Ève", name.FirstName);
        Assert.Equal(capitals ? last.ToUpperInvariant() : last, name.LastName);
    }
}
