namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A signature saying the signer owns the account or the business names the owner, the authorized user
/// when the text names no one else; a name stated in the text comes first.</summary>
public sealed class OwnerSignatureTests
{
    private static readonly (string Written, string First, string Last)[] People =
    [
        ("Jane Doe", "Jane", "Doe"), ("Mrs Marie de la Fontaine", "Marie", "de la Fontaine"), ("PIETER VAN DER BERG", "PIETER", "VAN DER BERG"),
        ("Robert Harper Jr.", "Robert", "Harper"), ("Noémie D'Amours", "Noémie", "D'Amours"),
    ];

    private static readonly string[] Signatures =
    [
        "Thanks,\n{0}\nOwner, Blue Heron\nBlue Heron",
        "Thanks,\n{0}, Owner\nAcme Bakery Ltd.",
        "Best regards,\n\n{0}\nOwner & President\nMaple & Oak",
        "Merci,\n{0}\nPropriétaire\nBoulangerie St-Laurent inc.",
        "Cordialement,\n{0}, présidente\nLes Entreprises Larose ltée",
        "Signed, {0}, President\nAcme Bakery Ltd.",
        "Signé, {0}, président",
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var signature in Signatures)
        {
            foreach (var (written, first, last) in People)
            {
                data.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, signature, written), first, last);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_owners_signature_names_the_owner(string signature, string first, string last)
    {
        var fields = RequestText.Extract($"Hello,\n\nPlease port 604-731-5582 to Twilio.\n\n{signature}\n");

        Assert.Equal(first, fields.AuthorizedUser?.FirstName);
        Assert.Equal(last, fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_user_named_in_the_text_comes_before_the_owners_signature(string signature, string first, string last)
    {
        _ = (first, last);
        var fields = RequestText.Extract($"Hello,\n\nAuthorized user: Karim Haddad\nPlease port 604-731-5582 to Twilio.\n\n{signature}\n");

        Assert.Equal("Karim", fields.AuthorizedUser?.FirstName);
        Assert.Equal("Haddad", fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("On Mon, Nov 23, 2026 at 9:14 AM Jane Doe <jane@example.com> wrote:\n> Thanks,\n> Jane Doe, Owner")]
    [InlineData("Signed, Accounts team")]
    public void A_quoted_owners_signature_or_a_team_names_no_one(string tail)
    {
        var fields = RequestText.Extract($"Hello,\n\nPlease port 604-731-5582 to Twilio.\n\nThanks,\nKim\n\n{tail}\n");

        Assert.Null(fields.AuthorizedUser);
    }
}
