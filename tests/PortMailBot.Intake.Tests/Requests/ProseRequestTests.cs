using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Requests written as sentences, in English and French, with a signature that gives another address
/// (a head office, a consultant's office): the service address is where the sentences put the business.</summary>
public sealed class ProseRequestTests
{
    public static TheoryData<string, string, string> EnglishSentences()
    {
        var data = new TheoryData<string, string, string>();
        var intros = new[] { "Hi, I'm {0}, {1} of Acme Dental Lab at {2}.", "My name is {0} and I am the {1} of Acme Dental Lab, located at {2}.", "I am {0}, {1}; our office is at {2}." };
        var roles = new[] { "owner", "business owner", "authorized user", "account holder" };
        var addresses = new[] { "120 King St W, Suite 400, Toronto, ON M5H 1J9", "400-120 King Street West, Toronto ON M5H 1J9", "120 King St W #400, Toronto (Ontario) M5H 1J9" };
        var i = 0;
        foreach (var intro in intros)
        {
            foreach (var role in roles)
            {
                data.Add(intro, role, addresses[i++ % addresses.Length]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EnglishSentences))]
    public void English_sentences_give_the_user_and_the_service_address(string intro, string role, string address)
    {
        var fields = RequestText.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, intro, "Jane Doe", role, address)
            + " We'd like to move our lines 416-320-4134 and 416-320-4135 to Twilio.\n\n"
            + "Thanks,\nJane\nAcme Dental Lab\n88 Queens Quay W, Toronto, ON M5J 0B8\n");

        Assert.Equal("Jane", fields.AuthorizedUser?.FirstName);
        Assert.Equal("Doe", fields.AuthorizedUser?.LastName);
        Assert.Equal("M5H 1J9", fields.ServiceAddress?.PostalCode);
        Assert.Equal("120", fields.ServiceAddress?.StreetNumber);
    }

    [Theory]
    [InlineData("propriétaire", "située au")]
    [InlineData("propriétaire", "au")]
    [InlineData("titulaire du compte", "située au")]
    [InlineData("personne autorisée", "sise au")]
    public void French_sentences_give_the_user_and_the_service_address(string role, string connector)
    {
        var fields = RequestText.Extract($"Bonjour,\n\nJe suis Jonathan Demers, {role} de l'Épicerie Les Trois Pommes, {connector} 485, boulevard de la Gappe, "
            + "Gatineau (Québec) J9H 2M7. Nous souhaitons transférer nos numéros 819-634-9090 et 819-803-3958.\n\n"
            + "Cordialement,\nJonathan Demers\nBureau chef : 3000, boulevard Laurier, Québec (Québec) G1V 4X4\n");

        Assert.Equal("Demers", fields.AuthorizedUser?.LastName);
        Assert.Equal("J9H 2M7", fields.ServiceAddress?.PostalCode);
    }

    [Fact]
    public void A_head_office_in_the_signature_is_not_the_service_address()
    {
        var fields = RequestText.Extract("Hi, I'm Jane Doe, owner of Acme Dental Lab. Please port 416-320-4134.\n\n"
            + "Thanks,\nJane Doe\nAcme Dental Lab, head office at 88 Queens Quay W, Toronto, ON M5J 0B8\n");

        Assert.Null(fields.ServiceAddress);
    }

    [Theory]
    [InlineData("The lines are registered to Jane Doe at {0}.", "1676 109 Street NW, Edmonton, AB T6E 5X5", "1676", "T6E 5X5")]
    [InlineData("Our office is located at {0}. Please port 416-320-4134.", "2204 17 Avenue SW, Calgary AB T2T 0E9", "2204", "T2T 0E9")]
    [InlineData("We are at {0}, thanks.", "310-9820 34 Ave NW, Edmonton AB T6E 5P9", "9820", "T6E 5P9")]
    [InlineData("Nous sommes situés au {0}.", "4510 50e Rue, Shawinigan (Québec) G9N 4T8", "4510", "G9N 4T8")]
    public void A_numbered_street_after_at_is_an_address(string sentence, string address, string streetNumber, string postalCode)
    {
        var fields = RequestText.Extract("Hello,\n\nAuthorized user: Jane Doe\nNumbers: 416-320-4134\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, address) + "\n\nThanks\n");

        Assert.Equal((streetNumber, postalCode), (fields.ServiceAddress?.StreetNumber, fields.ServiceAddress?.PostalCode));
    }

    [Fact]
    public void A_number_after_at_is_not_an_address()
    {
        var fields = RequestText.Extract("Hi, I'm Jane Doe, the owner. You can reach me at 416-320-4134 in Toronto ON M5H 1J9.\n");

        Assert.Null(fields.ServiceAddress);
    }

    [Theory]
    [InlineData("Emplacement")]
    [InlineData("Lieu")]
    [InlineData("Location")]
    [InlineData("Lieu du service")]
    [InlineData("Adresse civique")]
    [InlineData("Site")]
    public void A_place_label_gives_the_service_address(string label)
    {
        var fields = RequestText.Extract($"Bonjour,\n\nTitulaire : Jonathan Demers\n{label} : 485, boulevard de la Gappe, Gatineau (Québec) J9H 2M7\n"
            + "Numéros à transférer : 819-634-9090\n\nMerci\n");

        Assert.Equal("J9H 2M7", fields.ServiceAddress?.PostalCode);
    }

    [Theory]
    [InlineData("The lines are registered to Jane Doe (account holder) at 120 King St W, Toronto, ON M5H 1J9.")]
    [InlineData("Our numbers belong to Jane Doe (the owner).")]
    [InlineData("I am the account holder (Jane Doe).")]
    [InlineData("Titulaire (Jane Doe) : voir la facture.")]
    public void A_role_beside_a_name_in_parentheses_names_the_user(string sentence)
    {
        var fields = RequestText.Extract("Hello,\n\n" + sentence + " Please port 416-320-4134.\n\nThanks,\nOffice admin\n");

        Assert.Equal("Jane", fields.AuthorizedUser?.FirstName);
        Assert.Equal("Doe", fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("Full name")]
    [InlineData("Customer name")]
    [InlineData("Nom")]
    [InlineData("Nom complet")]
    [InlineData("Nom et prénom")]
    public void A_plain_name_field_names_the_user_when_nothing_else_does(string label)
    {
        var fields = RequestText.Extract($"Hello,\n\n{label}: Jane Doe\nCompany: Acme Dental Lab\nNumbers: 416-320-4134\n\nThanks\n");

        Assert.Equal("Doe", fields.AuthorizedUser?.LastName);
    }

    [Fact]
    public void A_plain_name_field_gives_way_to_the_authorized_user()
    {
        var fields = RequestText.Extract("Hello,\n\nName: Alex Morgan\nAuthorized user: Jane Doe\nNumbers: 416-320-4134\n");

        Assert.Equal("Doe", fields.AuthorizedUser?.LastName);
    }

    [Theory]
    [InlineData("Business name")]
    [InlineData("Company name")]
    [InlineData("Nom de l'entreprise")]
    public void A_business_name_field_is_not_the_user(string label)
    {
        var fields = RequestText.Extract($"Hello,\n\n{label}: Acme Dental\nNumbers: 416-320-4134\n");

        Assert.Null(fields.AuthorizedUser);
    }
}
