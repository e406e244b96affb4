using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Matching;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>A civic number's letter written against the digits or apart from them ("12A", "12 A").</summary>
public sealed class CivicLetterTests
{
    private static readonly string[] Streets = ["Main Street", "Kensington Rd NW", "rue Principale", "Lake Shore Blvd W"];

    private static PostalAddress Parse(string text) =>
        AddressParser.Parse(text) ?? throw new InvalidOperationException("not an address: " + text);

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var number in new[] { "12", "345", "2207" })
        {
            foreach (var letter in new[] { "A", "B", "c" })
            {
                foreach (var street in Streets)
                {
                    data.Add(number, letter, street);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_letter_written_apart_from_the_civic_number_is_the_same_civic_number(string number, string letter, string street)
    {
        var joined = Parse($"{number}{letter} {street}, Markham, ON L3P 1X9");
        var apart = Parse($"{number} {letter} {street}, Markham, ON L3P 1X9");

        Assert.Equal((number + letter).ToUpperInvariant(), apart.StreetNumber?.ToUpperInvariant());
        Assert.True(AddressComparer.Same(joined, apart));
        Assert.True(AddressComparer.Same(apart, joined));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Another_letter_is_another_civic_number(string number, string letter, string street)
    {
        var other = string.Equals(letter, "B", StringComparison.OrdinalIgnoreCase) ? "D" : "B";
        var requested = Parse($"{number}{letter} {street}, Markham, ON L3P 1X9");
        var written = Parse($"{number} {other} {street}, Markham, ON L3P 1X9");

        Assert.False(AddressComparer.Same(requested, written));
    }

    [Theory]
    [InlineData("12 E Main St, Markham, ON L3P 1X9", "12")]
    [InlineData("12 W Broadway, Vancouver, BC V5Y 1P1", "12")]
    [InlineData("12 O rue Sherbrooke, Montréal, QC H3A 1B9", "12")]
    [InlineData("12 A Street, Markham, ON L3P 1X9", "12")]
    [InlineData("12 A Ave, Markham, ON L3P 1X9", "12")]
    public void A_direction_initial_or_a_street_named_by_a_letter_stays_out_of_the_civic_number(string text, string number) =>
        Assert.Equal(number, Parse(text).StreetNumber);
}
