using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Tests.Numbers;

/// <summary>An account number captioned with the carrier it is held at ("Account number with Rogers: …",
/// "Numéro de compte chez Bell : …") is not a phone number, however the carrier and the value are written.</summary>
public sealed class AccountNumberWithCarrierTests
{
    private static readonly string[] Carriers = ["Rogers", "Rockies Wireless", "our current carrier", "Estuaire Télécom"];

    private static readonly string[] Values = ["4037319053", "403-731-9053", "403 731 9053", "RW 403 731 9053"];

    public static TheoryData<string> EnglishCaptions()
    {
        var data = new TheoryData<string>();
        foreach (var carrier in Carriers)
        {
            foreach (var value in Values)
            {
                data.Add($"Our account number with {carrier}: {value}");
                data.Add($"Account # at {carrier}: {value}");
                data.Add($"Account number with {carrier}   {value}");
            }
        }

        return data;
    }

    public static TheoryData<string> FrenchCaptions()
    {
        var data = new TheoryData<string>();
        foreach (var carrier in Carriers)
        {
            foreach (var value in Values)
            {
                data.Add($"Numéro de compte chez {carrier} : {value}");
                data.Add($"No de compte auprès de {carrier} : {value}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnglishCaptions))]
    [MemberData(nameof(FrenchCaptions))]
    public void An_account_number_captioned_with_its_carrier_is_not_a_phone_number(string text)
    {
        Assert.Empty(PhoneNumberFinder.Find(text));
    }

    [Theory]
    [InlineData("Numbers on the account with Rogers: 403-731-9053")]
    [InlineData("Please port 403-731-9053 from our account with Rogers.")]
    [InlineData("Les numéros du compte chez Bell : 403 731-9053")]
    public void A_number_on_an_account_at_a_carrier_is_still_a_phone_number(string text)
    {
        Assert.Equal("+14037319053", Assert.Single(PhoneNumberFinder.Find(text)).Number);
    }
}
