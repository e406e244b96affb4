using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>"The account is in the name of Tom Nakamura", "Le compte est au nom de Nadia Bouchard": the
/// person named holds the account, so is the authorized user.</summary>
public sealed class AccountInTheNameOfTests
{
    private static readonly string[] English =
    [
        "The account is in the name of {0}.",
        "Our phone account is under the name of {0}, please use that.",
        "The lines are registered in the name of {0}.",
        "These numbers are listed under the name of {0} at the carrier.",
        "The lines are registered to {0} at 2041 West 4th Avenue.",
        "The account is held by {0}.",
        "Both numbers are owned by {0}, our president.",
    ];

    private static readonly string[] French =
    [
        "Le compte est au nom de {0}.",
        "Les lignes sont inscrites au nom de {0}.",
        "Le compte est enregistré au nom de {0}, merci.",
        "Les lignes appartiennent à {0}.",
        "Les numéros sont enregistrés sous le nom de {0}.",
    ];

    private static readonly (string Written, string First, string Last)[] People =
    [
        ("Tom Nakamura", "Tom", "Nakamura"),
        ("Mme Nadia Bouchard", "Nadia", "Bouchard"),
        ("Marie-Ève Lapointe", "Marie-Ève", "Lapointe"),
        ("Liam O'Brien", "Liam", "O'Brien"),
    ];

    public static TheoryData<string, int> Sentences()
    {
        var data = new TheoryData<string, int>();
        var i = 0;
        foreach (var sentence in English.Concat(French))
        {
            data.Add(sentence, i++ % People.Length);
            data.Add(sentence, i++ % People.Length);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void The_person_the_account_is_in_the_name_of_is_the_user(string sentence, int person)
    {
        var (written, first, last) = People[person];
        var text = "Hello,\n\nPlease port 604-731-5582 to Twilio. "
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, written)
            + "\nService address: 2041 West 4th Avenue, Vancouver BC V6J 1N3\n\nThanks,\nDana Li\nIT support\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(first, fields.AuthorizedUser?.FirstName);
        Assert.Equal(last, fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("The account is in the name of our company, Osei Consulting Inc.")]
    [InlineData("Le compte est au nom de l'entreprise.")]
    public void A_business_the_account_is_in_the_name_of_is_no_user(string sentence)
    {
        var text = "Hello,\n\n" + sentence + "\n";

        var fields = RequestText.Extract(text);

        Assert.Null(fields.AuthorizedUser);
    }
}
