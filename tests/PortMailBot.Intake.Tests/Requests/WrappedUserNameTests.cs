namespace PortMailBot.Intake.Tests.Requests;

/// <summary>An authorized-user field whose name breaks after the first word, the rest alone on the next line: the
/// two lines are the name. A next line that is a field of its own, or a sentence, completes nothing.</summary>
public sealed class WrappedUserNameTests
{
    private static readonly string[] Captions = ["Authorized user:", "Nom du titulaire autorisé :", "Account holder:"];

    private static readonly (string First, string Last)[] People =
    [
        ("Jean-Philippe", "Bouchard-Lavoie"), ("Noémie", "D'Amours"), ("Katrien", "van den Berg"), ("Angus", "McDonald"),
    ];

    public static TheoryData<string, int> Forms()
    {
        var data = new TheoryData<string, int>();
        for (var p = 0; p < People.Length; p++)
        {
            data.Add(Captions[p % Captions.Length], p);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_next_line_completes_the_name(string caption, int person)
    {
        var (first, last) = People[person];
        var text = $"Hello,\n\nAccount SID: AC0123456789abcdef0123456789abcdef\n{caption} {first}\n{last}\nNumbers to port: 514-286-4417\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(first, fields.AuthorizedUser?.FirstName);
        Assert.Equal(last, fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("Numbers to port: 514-286-4417")]
    [InlineData("Please port the numbers below as soon as you can.")]
    public void A_field_or_a_sentence_on_the_next_line_completes_nothing(string next)
    {
        var text = $"Hello,\n\nAccount SID: AC0123456789abcdef0123456789abcdef\nAuthorized user: Jean-Philippe\n{next}\nNumbers: 514-286-4417\n";

        var fields = RequestText.Extract(text);

        Assert.Null(fields.AuthorizedUser);
    }
}
