using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Matching;

/// <summary>A name holding "Saint" or "Sainte" ("Saint-Pierre", "Sainte-Marie") is the same name with the word
/// abbreviated ("St-Pierre", "Ste Marie"), whichever side abbreviates it; the rest of the name still counts.</summary>
public sealed class SaintNameTests
{
    private static readonly (string Full, string Short)[] Words = [("Saint", "St"), ("Sainte", "Ste"), ("SAINT", "ST."), ("sainte", "Ste.")];

    private static readonly string[] Rests = ["Pierre", "Onge", "Laurent", "Amour"];

    private static readonly string[] Joins = ["-", " ", ""];

    public static TheoryData<string, string, bool> Forms()
    {
        var data = new TheoryData<string, string, bool>();
        var i = 0;
        foreach (var (full, abbreviated) in Words)
        {
            foreach (var rest in Rests)
            {
                var join = Joins[i++ % Joins.Length];
                data.Add(full + "-" + rest, abbreviated + join + rest, i % 2 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_abbreviated_saint_is_the_same_last_name(string full, string abbreviated, bool requestAbbreviates)
    {
        var (asked, shown) = requestAbbreviates ? (abbreviated, full) : (full, abbreviated);

        Assert.True(NameComparer.Same(new PersonName("François", asked), "François " + shown));
        Assert.True(NameComparer.Same(new PersonName("François", asked), shown.ToUpperInvariant() + ", FRANCOIS"));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Another_name_after_the_saint_stays_a_difference(string full, string abbreviated, bool requestAbbreviates)
    {
        var other = abbreviated[..abbreviated.TrimEnd('.').Length] + "-Germain";
        var asked = requestAbbreviates ? abbreviated : full;

        Assert.False(NameComparer.Same(new PersonName("François", asked), "François " + other));
        Assert.False(NameComparer.Same(new PersonName("François", asked), "François " + full.Split('-')[1]));
    }
}
