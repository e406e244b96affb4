using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Tests.Numbers;

/// <summary>An extension written against its number ("416-555-0123x45", "(800) 606-8583ext.12") ends the number
/// as a space would; letters or digits that make a longer token still keep a number from being taken out of it.</summary>
public sealed class GluedExtensionTests
{
    private static readonly string[] Forms = ["416-320-4134", "(416) 320-4134", "416.320.4134", "+1 416 320 4134", "4163204134", "1-800-606-8583"];

    private static readonly string[] Extensions = ["x45", "X123", "ext.12", "ext7", "x 204", "poste 12", "Ext.3"];

    public static TheoryData<string, string> Glued()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in Forms)
        {
            foreach (var extension in Extensions)
            {
                data.Add(form, extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Glued))]
    public void A_number_with_its_extension_glued_on_is_found(string form, string extension)
    {
        var expected = PhoneNumberFinder.Find(form).Single().Number;

        Assert.Equal([expected], PhoneNumberFinder.Find($"Numbers: {form}{extension}, 613-555-0199").Select(n => n.Number).Take(1));
        Assert.Equal(2, PhoneNumberFinder.Find($"Numbers: {form}{extension}; 613-555-0199").Count);
    }

    [Theory]
    [InlineData("4163204134xyz")]
    [InlineData("4163204134x12345678")]
    [InlineData("4163204134ext.12.5")]
    [InlineData("4163204134extra")]
    public void A_longer_token_is_not_read_as_a_number_with_an_extension(string token)
    {
        Assert.Empty(PhoneNumberFinder.Find(token));
    }
}
