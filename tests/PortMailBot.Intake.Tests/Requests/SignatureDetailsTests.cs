using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A signature's labelled "Address:" is the sender's office: the service address the request's sentences
/// give comes first. A role set beside a name by a comma ("Tom Nakamura, owner of …") names the user in the
/// request's sentences, never in the signature.</summary>
public sealed class SignatureDetailsTests
{
    private static readonly string[] Sentences =
    [
        "Please port 416-923-6671 for our store at 1185 Bathurst Street, Toronto ON M5R 3H4.",
        "We are located at 1185 Bathurst Street, Toronto, ON M5R 3H4 and want to port 416-923-6671.",
        "Nous voulons transférer le 416-923-6671 de notre boutique située au 1185 Bathurst Street, Toronto ON M5R 3H4.",
    ];

    private static readonly string[] Signatures =
    [
        "Thanks,\nMelissa Grant\nAddress: 22 Dundas St E, Toronto ON M5B 1C6",
        "Merci,\nMelissa Grant\nAdresse : 22 Dundas St E, Toronto ON M5B 1C6\nTél. : 416-923-6600",
        "Regards,\nMelissa Grant, Office Manager\nOffice address: 22 Dundas St E\nToronto ON M5B 1C6",
    ];

    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        for (var s = 0; s < Sentences.Length; s++)
        {
            for (var g = 0; g < Signatures.Length; g++)
            {
                data.Add(s, g);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_sentences_address_comes_before_the_signatures(int sentence, int signature)
    {
        var fields = RequestText.Extract($"Hi,\n\n{Sentences[sentence]}\n\n{Signatures[signature]}\n");

        Assert.Equal("M5R 3H4", fields.ServiceAddress?.PostalCode);
    }

    [Fact]
    public void A_signatures_address_is_still_taken_when_the_request_gives_no_other()
    {
        var fields = RequestText.Extract("Hi,\n\nPlease port 416-923-6671.\n\nThanks,\nMelissa Grant\nAddress: 22 Dundas St E, Toronto ON M5B 1C6\n");

        Assert.Equal("M5B 1C6", fields.ServiceAddress?.PostalCode);
    }

    [Theory]
    [InlineData("I'm writing on behalf of my client Tom Nakamura, owner of Nakamura Cycles.")]
    [InlineData("Our client, Mr. Tom Nakamura, the account holder, asked us to port his lines.")]
    [InlineData("Nous écrivons pour Tom Nakamura, propriétaire de Nakamura Cycles.")]
    [InlineData("Please port the lines of Tom Nakamura, authorized user of the account.")]
    public void A_role_beside_a_name_in_the_requests_sentences_names_the_user(string sentence)
    {
        var fields = RequestText.Extract($"Hello,\n\n{sentence} Numbers: 604-731-5582.\n\nRegards,\nDana Li\nPrairie IT Support\n");

        Assert.Equal("Tom", fields.AuthorizedUser?.FirstName);
        Assert.Equal("Nakamura", fields.AuthorizedUser?.LastName);
    }

    [Fact]
    public void An_owners_assistant_is_no_user()
    {
        var fields = RequestText.Extract("Hello,\n\nPlease send the confirmation to Melissa Grant, owner's assistant. Numbers: 604-731-5582.\n");

        Assert.Null(fields.AuthorizedUser);
    }

    // An owner's signature names the owner (see OwnerSignatureTests); any other role names no user.
    [Theory]
    [InlineData("Thanks,\nJane Doe, Office Manager\nAcme Dental")]
    [InlineData("Merci,\nJeanne Roy, adjointe administrative\nBoulangerie Roy")]
    [InlineData("Thanks,\nJane Doe\nBookkeeper, Acme Dental")]
    [InlineData("Best regards,\nJane Doe, Vice President\nAcme Dental")]
    [InlineData("Thanks,\nJane Doe\nAcme Dental")]
    public void A_role_beside_the_name_in_a_signature_names_no_user(string signature)
    {
        var fields = RequestText.Extract($"Hello,\n\nPlease port 604-731-5582 to Twilio.\n\n{signature}\n");

        Assert.Null(fields.AuthorizedUser);
    }
}
