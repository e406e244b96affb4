using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Matching;

namespace PortMailBot.Intake.Tests.Matching;

/// <summary>OCR misreads one letter of a street type's full spelling ("avenne", "crescemt", "boulevand"):
/// read by OCR, the word at the type's place still stands for the type, so the address is the same; the
/// street's name, number and a typed (not OCR'd) text stay compared exactly.</summary>
public sealed class StreetNameKeyTests
{
    private static readonly (string Type, bool Leading)[] Types =
    [
        ("avenue", true), ("avenue", false), ("crescent", false), ("boulevard", true), ("boulevard", false),
        ("terrace", false), ("chemin", true), ("street", false), ("promenade", true),
    ];

    /// <summary>Every type with each of three of its letters misread as OCR does (a letter of similar shape).</summary>
    public static TheoryData<string, string> MisreadTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var (type, leading) in Types)
        {
            foreach (var position in new[] { 1, type.Length / 2, type.Length - 1 })
            {
                var misread = type[..position] + Confused(type[position]) + type[(position + 1)..];
                data.Add(Street(type, leading), Street(misread, leading));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MisreadTypes))]
    public void A_street_type_read_with_one_letter_wrong_is_the_same_street_when_read_by_ocr(string requested, string read)
    {
        Assert.True(AddressComparer.Same(Parse(requested), Parse(read), ocr: true));
        Assert.Equal(StreetNameKey.From(StreetPart(requested), ocr: true), StreetNameKey.From(StreetPart(read), ocr: true));
        Assert.False(AddressComparer.Same(Parse(requested), Parse(read)));
    }

    [Theory]
    [MemberData(nameof(MisreadTypes))]
    public void A_misread_street_type_does_not_hide_a_different_name_or_number(string requested, string read)
    {
        Assert.False(AddressComparer.Same(Parse(requested), Parse(read.Replace("Larkspur", "Tamarack", StringComparison.Ordinal)), ocr: true));
        Assert.False(AddressComparer.Same(Parse(requested), Parse(read.Replace("3792", "3782", StringComparison.Ordinal)), ocr: true));
    }

    [Theory]
    [InlineData("avenue")]
    [InlineData("ave")]
    [InlineData("rue")]
    [InlineData("blvd")]
    [InlineData("larkspur")]
    [InlineData("avenues")]
    public void Only_a_long_spelling_one_letter_off_is_taken_for_a_type(string word)
    {
        Assert.Null(StreetWords.CanonicalTypeMisread(word));
    }

    private static string Street(string type, bool leading)
    {
        var name = leading ? $"{Cap(type)} Larkspur" : $"Larkspur {Cap(type)}";
        return $"3792 {name}, Unit 12, Kelowna, BC V1Y 4N7";
    }

    private static string StreetPart(string address) => address[5..address.IndexOf(',', StringComparison.Ordinal)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static char Confused(char letter) => letter switch
    {
        'u' => 'n',
        'n' => 'u',
        'e' => 'c',
        'c' => 'e',
        'r' => 'n',
        'a' => 'o',
        'o' => 'a',
        'i' => 'l',
        'l' => 'i',
        'm' => 'n',
        'd' => 'a',
        _ => 'x',
    };

    private static PostalAddress Parse(string text) =>
        AddressParser.Parse(text) ?? throw new InvalidOperationException("not an address: " + text);
}
