namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A business's request that names its person on an attention line ("Attn:", "a/s de", "À l'attention de")
/// when nothing else says who the authorized user is: that person is the user. An
/// attention line to a department names no one.</summary>
public sealed class AttentionUserTests
{
    private static readonly string[] Lines =
    [
        "Attn: {0}", "ATTN {0}", "Attention: {0}", "a/s de {0}", "A/S {0}", "À l'attention de {0}", "Att. : {0}",
        "C/O {0}",
    ];

    private static readonly (string First, string Last)[] People = [("André", "Bélanger"), ("Noémie", "D'Amours"), ("Siobhan", "O’Neil")];

    private static readonly string[] Businesses = ["Company: Bélanger Plomberie Inc.", "Entreprise : Fleuriste D'Amours enr.", ""];

    public static TheoryData<int, int, int> Forms()
    {
        var data = new TheoryData<int, int, int>();
        for (var l = 0; l < Lines.Length; l++)
        {
            for (var p = 0; p < People.Length; p++)
            {
                data.Add(l, p, (l + p) % Businesses.Length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_person_on_the_attention_line_is_the_user(int line, int person, int business)
    {
        var (first, last) = People[person];
        var named = string.Format(System.Globalization.CultureInfo.InvariantCulture, Lines[line], first + " " + last);
        var text = $"Hello,\n\nAccount SID: AC0123456789abcdef0123456789abcdef\nNumbers to port: 514-286-4417\n{Businesses[business]}\n{named}\n\nThanks\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(first, fields.AuthorizedUser?.FirstName);
        Assert.Equal(last, fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("Attn: Accounts Payable")]
    [InlineData("a/s de la comptabilité")]
    [InlineData("Attention: Billing Department")]
    public void An_attention_line_to_a_department_names_no_one(string line)
    {
        var text = $"Hello,\n\nAccount SID: AC0123456789abcdef0123456789abcdef\nNumbers to port: 514-286-4417\nCompany: Kestrel Inc.\n{line}\n\nThanks\n";

        var fields = RequestText.Extract(text);

        Assert.Null(fields.AuthorizedUser);
    }
}
