using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Tests.Numbers;

/// <summary>Digits written right after "account" (or "Account:", "compte") are an account number, not a phone
/// number; after "the account:" they are the account's lines.</summary>
public sealed class AccountNumberAfterWordTests
{
    [Theory]
    [InlineData("Our current carrier is Telus, account 6047310000.")]
    [InlineData("Account: 604-731-0000")]
    [InlineData("Acct # 6047310000")]
    [InlineData("Fournisseur : Vidéotron, compte 6047310000")]
    [InlineData("Compte : 604 731 0000")]
    public void An_account_number_is_not_a_phone_number(string text)
    {
        Assert.Empty(PhoneNumberFinder.Find(text));
    }

    [Theory]
    [InlineData("Lines on the account: 604-731-5582")]
    [InlineData("Numbers on our account 604-731-5582 and more")]
    [InlineData("Les numéros de notre compte : 604-731-5582")]
    public void A_number_after_the_account_it_belongs_to_is_a_phone_number(string text)
    {
        Assert.Equal("+16047315582", PhoneNumberFinder.Find(text)[0].Number);
    }
}
