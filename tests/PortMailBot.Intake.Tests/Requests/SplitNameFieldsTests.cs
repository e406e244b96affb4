using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>The authorized user given in two fields ("First name:" / "Last name:", "Prénom :" / "Nom :"), in
/// either order, under a user label or alone: the person's first and last name.</summary>
public sealed class SplitNameFieldsTests
{
    private static readonly (string First, string Last)[] Labels =
    [
        ("First name:", "Last name:"),
        ("Prénom :", "Nom :"),
        ("Prénom :", "Nom de famille :"),
        ("Given name:", "Surname:"),
        ("Authorized user first name:", "Authorized user last name:"),
    ];

    private static readonly string[] Heads = ["", "Authorized user\n", "Titulaire du compte\n"];

    public static TheoryData<int, string, bool> Forms()
    {
        var data = new TheoryData<int, string, bool>();
        for (var l = 0; l < Labels.Length; l++)
        {
            foreach (var head in Heads)
            {
                data.Add(l, head, l % 2 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_two_fields_make_the_users_name(int labels, string head, bool lastFirst)
    {
        var (firstLabel, lastLabel) = Labels[labels];
        var lines = lastFirst ? $"{lastLabel} Bouchard\n{firstLabel} Nadia" : $"{firstLabel} Nadia\n{lastLabel} Bouchard";
        var text = $"Bonjour,\n\nSID du compte : AC0123456789abcdef0123456789abcdef\n{head}{lines}\nNuméros : 514-286-4417\n";

        var fields = RequestText.Extract(text, "Transfert");

        Assert.Equal("Nadia", fields.AuthorizedUser?.FirstName);
        Assert.Equal("Bouchard", fields.AuthorizedUser?.LastName);
    }

    [Fact]
    public void Fields_far_apart_make_no_name()
    {
        var text = "Hello,\n\nFirst name: Nadia\nNumbers: 514-286-4417\nA note\nAnother note\nMore\nLast name: Bouchard\n";

        var fields = RequestText.Extract(text, "Port");

        Assert.Null(fields.AuthorizedUser);
    }
}
