namespace PortMailBot.Intake.Tests.Requests;

/// <summary>"Authorized user: myself" ("Titulaire autorisé : moi-même") in a message forwarded or quoted under another
/// sender's note: the user is the name signed under the forwarded message's own closing, not the forwarder, and never
/// the word "moi-même" read as a name.</summary>
public sealed class SelfStatedUserInForwardTests
{
    private static readonly string[] Statements =
    [
        "Authorized user: myself", "Authorized person – myself", "Titulaire autorisé : moi-même", "Personne autorisée :\nmoi-même",
        "Titulaire autorisé :\nmoi", "Authorized user:\nmyself",
    ];

    private static readonly string[] Headers =
    [
        "---------- Forwarded message ---------\nFrom: {0} <a@example.com>\nDate: Tue, Nov 24, 2026 at 9:14 AM\nSubject: Porting request",
        "-----Message d'origine-----\nDe : {0} <a@example.com>\nEnvoyé : 24 novembre 2026 09:14\nObjet : Demande de transfert",
        "________________________________\nDe : {0} <a@example.com>\nEnvoyé : mardi 24 novembre 2026 09:14\nObjet : Demande",
        "",
    ];

    public static TheoryData<string, string> Forms()
    {
        var data = new TheoryData<string, string>();
        for (var s = 0; s < Statements.Length; s++)
        {
            for (var h = 0; h < Headers.Length; h++)
            {
                data.Add(Statements[s], Headers[h]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_name_signed_under_the_statement_is_the_user(string statement, string header)
    {
        var top = header.Length == 0 ? "" : "Bonjour,\n\nVoir la demande plus bas.\n\nKevin O'Brien\nAdjoint administratif\n\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, header, "Naomi Jolicoeur") + "\n\n";
        var text = top + "Hi team,\n\nAccount SID: AC0123456789abcdef0123456789abcdef\nNumbers to port: 416-320-4134\n"
            + statement + "\nService address: 120 King St W, Toronto, ON M5H 1J9\n\nThank you,\nNaomi Jolicoeur\nOperations\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(("Naomi", "Jolicoeur"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
    }
}
