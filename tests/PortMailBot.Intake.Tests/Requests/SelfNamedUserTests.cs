namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Ways a customer names the authorized user in a sentence or a form line: "(authorized)" after the name,
/// "I'm … and I own the account", "On behalf of …, I (…)", "I, …, authorize", a "Name, owner" line under a form line.</summary>
public sealed class SelfNamedUserTests
{
    private static readonly (string Written, string First, string Last)[] People =
    [
        ("Jane Doe", "Jane", "Doe"), ("Marie de la Fontaine", "Marie", "de la Fontaine"), ("Pieter Van der Berg", "Pieter", "Van der Berg"),
        ("Siobhan O'Brien", "Siobhan", "O'Brien"), ("Jean-François Tremblay", "Jean-François", "Tremblay"), ("Robert L. Harper", "Robert", "Harper"),
    ];

    private static readonly string[] Sentences =
    [
        "Contact: {0} (authorized)",
        "Contact : {0} (autorisée)",
        "Please deal with {0} (authorized) for this request.",
        "I'm {0} and I own the account.",
        "I am {0} and I own this business.",
        "On behalf of Acme Bakery Ltd., I ({0}) ask you to port the lines below.",
        "Au nom de Blue Heron, je ({0}) vous demande de transférer les lignes ci-dessous.",
        "I, {0}, authorize Twilio to port the numbers below.",
        "Business: Blue Heron\n{0}, owner",
        "Entreprise : Maple & Oak\n{0}, propriétaire",
        "Company: Silver Birch\nAccount SID: AC0123456789abcdef0123456789abcdef\n{0}, owner",
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var sentence in Sentences)
        {
            foreach (var (written, first, last) in People)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, written), first, last);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_person_the_sender_names_so_is_the_authorized_user(string line, string first, string last)
    {
        var fields = RequestText.Extract($"Hello,\n\n{line}\nService address: 120 King St W, Toronto, ON M5H 1J9\nNumbers to port: 416-320-4134\n\nThanks,\nKim\n");

        Assert.Equal(first, fields.AuthorizedUser?.FirstName);
        Assert.Equal(last, fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("Business: Blue Heron\nPlease port the numbers below.")]
    [InlineData("Contact: Jane Doe\nPlease port the numbers below.")]
    [InlineData("I'm Jane Doe and I'd like to port our lines.")]
    [InlineData("On behalf of Acme Bakery Ltd., please port the lines below.")]
    public void Naming_a_contact_or_a_business_names_no_user(string line)
    {
        var fields = RequestText.Extract($"Hello,\n\n{line}\nNumbers to port: 416-320-4134\n\nThanks,\nKim\n");

        Assert.Null(fields.AuthorizedUser);
    }
}
