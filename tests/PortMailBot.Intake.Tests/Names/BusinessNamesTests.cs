using PortMailBot.Intake.Names;

namespace PortMailBot.Intake.Tests.Names;

/// <summary>The businesses a request's text names as businesses, in labelled fields, sentences and the signature,
/// in English and French; a person signing is never taken for one.</summary>
public sealed class BusinessNamesTests
{
    private static readonly string[] Businesses = ["Silver Birch", "Blue Heron", "Maple & Oak", "Harbour Light", "Les Trois Pommes"];

    private static readonly string[] Wordings =
    [
        "Company: {0}",
        "Company name : {0}",
        "Business: {0}",
        "Entreprise : {0}",
        "Raison sociale : {0}",
        "Nom de l'entreprise: {0}",
        "On behalf of {0}, I (Jane Doe) ask you to port the lines below.",
        "Au nom de {0}, je (Jane Doe) vous demande de transférer les lignes.",
        "I, Jane Doe, authorized representative of {0}, authorize Twilio to port.",
        "Je, soussignée Jane Doe, représentante autorisée de {0}, autorise Twilio.",
        "Jane Doe, owner of {0}.",
        "Thanks,\nJane Doe\n{0}",
        "Merci,\n\nJane Doe\nPropriétaire, {0}",
        "Regards,\nJane Doe\nOwner & President, {0}\n(416) 320-4134",
        "Signed, Jane Doe, President\n{0}",
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        for (var index = 0; index < Wordings.Length; index++)
        {
            var business = Businesses[index % Businesses.Length];
            var text = "Hello,\n\nPlease port our numbers.\nAccount SID: AC0123456789abcdef0123456789abcdef\n"
                + string.Format(System.Globalization.CultureInfo.InvariantCulture, Wordings[index], business) + "\n";
            data.Add(text, business);
            data.Add(text.ToUpperInvariant().Replace("ACCOUNT SID", "Account SID", StringComparison.Ordinal), business);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_business_named_as_one_in_the_text_is_found(string text, string business)
    {
        var found = BusinessNames.Find(text);

        Assert.True(BusinessNames.IsOneOf(business, found), string.Join(" | ", found));
    }

    [Theory]
    [InlineData("Thanks,\nDana Li\n", "Dana Li")]
    [InlineData("Merci,\n\nJane Doe\n", "Jane Doe")]
    [InlineData("Contact: Jane Doe (authorized)\nThe account holder is Jane Doe.", "Jane Doe")]
    [InlineData("Authorized user: DOE, Jane\nRegards,\nSam Patel\n", "Sam Patel")]
    [InlineData("Bonjour,\nLe compte est au nom de Jean Roy, mon associé.\n", "Jean Roy")]
    [InlineData("The account is in the name of Robert Harper.\n", "Robert Harper")]
    public void A_person_signing_or_named_as_the_user_is_not_a_business(string text, string person)
    {
        Assert.False(BusinessNames.IsOneOf(person, BusinessNames.Find(text)));
    }

    [Theory]
    [InlineData("SILVER BIRCH", "Silver Birch Inc.")]
    [InlineData("Blue Heron ltée", "blue heron")]
    [InlineData("Maple and Oak", "Maple & Oak")]
    [InlineData("Hélène's Café", "HELENES CAFE")]
    public void The_same_business_is_recognized_whatever_its_case_accents_and_legal_form(string shown, string named)
    {
        Assert.True(BusinessNames.IsOneOf(shown, [named]));
    }

    [Theory]
    [InlineData("Jane Dow", "Silver Birch")]
    [InlineData("Silver Brook", "Silver Birch")]
    [InlineData("Blue", "Blue Heron")]
    public void Other_words_are_not_that_business(string shown, string named)
    {
        Assert.False(BusinessNames.IsOneOf(shown, [named]));
    }
}
