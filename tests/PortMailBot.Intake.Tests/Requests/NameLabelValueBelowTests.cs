namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A plain person's-name label ("Nom du responsable :", "Name:", "Full name:") left empty with the name on
/// the line under it, as a form or a table turned into text gives it: the name is read. A line under it that is a
/// field of its own names nobody.</summary>
public sealed class NameLabelValueBelowTests
{
    private static readonly string[] Labels = ["Nom du responsable :", "Name:", "Full name:", "Nom :", "Responsable :", "Nom complet :"];

    private static readonly (string Written, string First, string Last)[] People =
    [
        ("Frédéric Yip", "Frédéric", "Yip"), ("Éric Landry", "Éric", "Landry"), ("Marie de la Fontaine", "Marie", "de la Fontaine"),
    ];

    public static TheoryData<string, int, bool> Forms()
    {
        var data = new TheoryData<string, int, bool>();
        for (var l = 0; l < Labels.Length; l++)
        {
            for (var p = 0; p < People.Length; p++)
            {
                data.Add(Labels[l], p, (l + p) % 2 == 0);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_name_under_its_label_is_the_user(string label, int person, bool blankBetween)
    {
        var (written, first, last) = People[person];
        var text = $"Bonjour,\n\nSID du compte :\nAC0123456789abcdef0123456789abcdef\n\n{label}\n{(blankBetween ? "\n" : "")}{written}\n\n"
            + "Numéros à transférer :\n514-286-4417\n\nMerci,\nKim Lee\n";

        var fields = RequestText.Extract(text);

        Assert.Equal((first, last), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
    }

    [Theory]
    [InlineData("Nom du responsable :\nNuméros à transférer : 514-286-4417")]
    [InlineData("Name:\nService address: 120 King St W, Toronto, ON M5H 1J9")]
    public void A_field_under_an_empty_name_label_names_nobody(string lines)
    {
        var fields = RequestText.Extract($"Hello,\n\n{lines}\n\nThanks,\n");

        Assert.Null(fields.AuthorizedUser);
    }
}
