namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A one-word label set as a heading ("Propriétaire", "Titulaire", "Owner") with its value on the next
/// line, among other fields: the value is the field's. The same word inside a paragraph, or in the signature,
/// names nobody.</summary>
public sealed class HeadingWordLabelTests
{
    private static readonly string[] Words = ["Propriétaire", "Titulaire", "PROPRIÉTAIRE", "Owner", "Proprietaire"];

    public static TheoryData<string, bool> Forms()
    {
        var data = new TheoryData<string, bool>();
        foreach (var word in Words)
        {
            data.Add(word, false);
            data.Add(word, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_heading_word_names_the_user(string word, bool userFirst)
    {
        var user = $"{word}\nRéjean O'Neill";
        var sid = "SID du compte :\nACd37d333b4e06723ba03ebe28ff76e5ec";
        var fields = userFirst ? $"{user}\n\n{sid}" : $"{sid}\n\n{user}";
        var text = $"Bonjour,\n\nVoici notre demande.\n\n{fields}\n\nAdresse du service :\n3493, rue Notre-Dame, Québec, QC  G1R 9Z9\n\n"
            + "Merci à l'avance,\nService des ventes\n";

        var request = RequestText.Extract(text);

        Assert.Equal("Réjean", request.AuthorizedUser?.FirstName);
        Assert.Equal("O'Neill", request.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("Propriétaire")]
    [InlineData("Owner")]
    public void The_word_in_a_signature_is_a_title(string word)
    {
        var text = "Bonjour,\n\nSID du compte : ACd37d333b4e06723ba03ebe28ff76e5ec\nAdresse du service : 3493, rue Notre-Dame, Québec, QC  G1R 9Z9\n\n"
            + $"Merci,\n\n{word}\nGarage Côté et Fils\n";

        Assert.Null(RequestText.Extract(text).AuthorizedUser);
    }
}
