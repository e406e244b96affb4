using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Tests.Numbers;

/// <summary>Numbers listed with slashes: "514 286-4417 / 4418 / 4419" (line digits sharing the exchange) and
/// "416-923-6671/647-349-2280" (whole numbers), written with or without spaces around the slash.</summary>
public sealed class SlashListTests
{
    private static readonly string[] FirstForms = ["514 286-4417", "(514) 286-4417", "514-286-4417", "+1 514 286 4417", "514.286.4417", "5142864417"];
    private static readonly string[] Slashes = [" / ", "/", " /", "/ "];

    public static TheoryData<string, string> TailLists()
    {
        var data = new TheoryData<string, string>();
        foreach (var first in FirstForms)
        {
            foreach (var slash in Slashes)
            {
                data.Add(first, slash);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TailLists))]
    public void Line_digits_after_slashes_share_the_first_numbers_exchange(string first, string slash)
    {
        var found = PhoneNumberFinder.Find($"Numbers: {first}{slash}4418{slash}4419, thanks");

        Assert.Equal(["+15142864417", "+15142864418", "+15142864419"], found.Select(n => n.Number));
    }

    [Theory]
    [MemberData(nameof(TailLists))]
    public void Whole_numbers_between_slashes_are_each_kept(string first, string slash)
    {
        var found = PhoneNumberFinder.Find($"{first}{slash}(647) 349-2280{slash}416-923-6671.");

        Assert.Equal(["+15142864417", "+16473492280", "+14169236671"], found.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Statement 2026/11/02, main line 514-286-4417")]
    [InlineData("Tel/Fax: 514-286-4417")]
    public void A_slash_elsewhere_adds_no_number(string text)
    {
        Assert.Equal(["+15142864417"], PhoneNumberFinder.Find(text).Select(n => n.Number));
    }

    [Theory]
    [InlineData("416-320-4134/35", new[] { "+14163204134", "+14163204135" })]
    [InlineData("416-320-4134/35/36", new[] { "+14163204134", "+14163204135", "+14163204136" })]
    [InlineData("(416) 320-4134/135", new[] { "+14163204134", "+14163204135" })]
    [InlineData("416 320 4199/4200", new[] { "+14163204199", "+14163204200" })]
    public void Last_digits_written_against_the_slash_replace_the_numbers_last_digits(string text, string[] expected)
    {
        Assert.Equal(expected, PhoneNumberFinder.Find($"Numbers to port: {text}, thanks").Select(n => n.Number));
    }

    [Theory]
    [InlineData("514-286-4417 / 12")]
    [InlineData("514-286-4417/1")]
    [InlineData("514-286-4417 / 44188")]
    [InlineData("514-286-4417 / 4418abc")]
    public void A_slash_item_that_is_not_four_digits_nor_a_number_is_not_a_number(string text)
    {
        Assert.DoesNotContain(PhoneNumberFinder.Find(text), n => n.Number != "+15142864417");
    }
}
