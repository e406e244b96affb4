using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

public sealed class RequestExtractorTests
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";

    // Stand-ins for the parsers owned elsewhere: the name as first/last words, the address text kept whole.
    private static readonly RequestExtractor Extractor = new(
        name => name.Split(' ') is [var first, .., var last] ? new PersonName(first, last) : null,
        address => new PostalAddress(address, null, null, null, null));

    private static RequestFields Extract(string fresh, string? full = null, string? subject = null) =>
        Extractor.Extract(new ReceivedMessage { FreshText = fresh, FullText = full ?? fresh, Subject = subject });

    private static string[] Numbers(RequestFields fields) => fields.Numbers.Select(n => n.Number).ToArray();

    [Theory]
    [InlineData("SID du compte", "Nom du titulaire autorisé", "Adresse de service", "Numéros à transférer")]
    [InlineData("Account SID", "Authorized user", "Service address", "Numbers to port")]
    [InlineData("Twilio account", "Account holder", "Service location", "Lines to port")]
    public void Reads_fields_from_table_cells_set_apart_by_tabs(string sidLabel, string userLabel, string addressLabel, string numbersLabel)
    {
        // An HTML table turned into text: one row a line, its cells set apart by a tab.
        var fields = Extract($"Bonjour,\n\n{sidLabel}\t{Sid}\n{numbersLabel}\t819-634-9090\n{userLabel}\tJonathan Demers\n"
            + $"{addressLabel}\t485, boulevard de la Gappe, Gatineau (Québec) J9H 2M7\nFournisseur actuel\tEstuaire Télécom\n");

        Assert.Equal(new PersonName("Jonathan", "Demers"), fields.AuthorizedUser);
        Assert.StartsWith("485, boulevard de la Gappe", fields.ServiceAddress?.Line1, StringComparison.Ordinal);
        Assert.Equal(["+18196349090"], Numbers(fields));
    }

    [Fact]
    public void Reads_labelled_fields_with_values_on_following_lines()
    {
        var fields = Extract($"""
            Hello,

            Account SID: {Sid}
            Numbers to port:
              - (416) 320-4134
              * 416.320.4135
              • 1-416-320-4136
            Authorized user (owner): Jane Doe
            Service address:
              120 King St W, Suite 400
              Toronto, ON M5H 1J9
            Current carrier: Rogers

            Thanks,
            Jane Doe
            Tel: 416-555-0100
            """);

        Assert.Equal(Sid, fields.AccountSid);
        Assert.False(fields.AccountSidInvalid);
        Assert.Equal(["+14163204134", "+14163204135", "+14163204136"], Numbers(fields));
        Assert.Equal(new PersonName("Jane", "Doe"), fields.AuthorizedUser);
        Assert.Equal("120 King St W, Suite 400\nToronto, ON M5H 1J9", fields.ServiceAddress?.Line1);
        Assert.Equal("en", fields.Language);
    }

    [Fact]
    public void Reads_plain_sentences()
    {
        var fields = Extract($"""
            Hi,

            We would like to port our numbers to our Twilio account {Sid.ToUpperInvariant().Replace("AC", "ac", StringComparison.Ordinal)}. The numbers are 416 320 4134, 14163204135 and +1 (416) 320-4136. The authorized user on the account is Claire Stewart. The service address is 2699 Memorial Avenue, Thunder Bay, ON P7A 9B5. I've attached the documents.

            Best regards,
            Someone Else
            """);

        Assert.Equal(Sid, fields.AccountSid);
        Assert.Equal(["+14163204134", "+14163204135", "+14163204136"], Numbers(fields));
        Assert.Equal(new PersonName("Claire", "Stewart"), fields.AuthorizedUser);
        Assert.Equal("2699 Memorial Avenue, Thunder Bay, ON P7A 9B5", fields.ServiceAddress?.Line1);
    }

    [Fact]
    public void Reads_french_labels_and_sentences()
    {
        var labelled = Extract($"""
            Bonjour,

            Numéro de compte Twilio : {Sid}
            Numéros à transférer :
            - 514 555 0123 au 0125
            Titulaire : Marie-Ève Côté
            Adresse du service :
            1234, rue Sainte-Catherine Ouest, bureau 500
            Montréal (Québec) H3G 1P1

            Merci et bonne journée,
            Marie-Ève Côté
            """);

        Assert.Equal(Sid, labelled.AccountSid);
        Assert.Equal(["+15145550123", "+15145550124", "+15145550125"], Numbers(labelled));
        Assert.Equal(new PersonName("Marie-Ève", "Côté"), labelled.AuthorizedUser);
        Assert.EndsWith("H3G 1P1", labelled.ServiceAddress?.Line1, StringComparison.Ordinal);
        Assert.Equal("fr", labelled.Language);

        var sentences = Extract($"""
            Bonjour,

            Nous souhaitons transférer nos numéros vers notre compte Twilio {Sid}. Il s'agit des numéros 581.544.3518 et 581 524 5831. Le titulaire autorisé est Jean-François Tremblay. L'adresse de service est le 55, rue Principale, Gatineau (Québec) J8X 1A1.

            Cordialement,
            Jean-François Tremblay
            """);

        Assert.Equal(["+15815443518", "+15815245831"], Numbers(sentences));
        Assert.Equal(new PersonName("Jean-François", "Tremblay"), sentences.AuthorizedUser);
        Assert.Equal("55, rue Principale, Gatineau (Québec) J8X 1A1", sentences.ServiceAddress?.Line1);
        Assert.Equal("fr", sentences.Language);
    }

    [Theory]
    [InlineData("Personne autorisée : Marie Côté", "Marie Côté")]
    [InlineData("Nom du titulaire autorisé : Étienne Morin", "Étienne Morin")]
    [InlineData("Account holder: Mr. John Smith", "John Smith")]
    [InlineData("Owner: Jane Doe, President", "Jane Doe")]
    [InlineData("Authorised user: Jane Doe <jane@example.com>", "Jane Doe")]
    [InlineData("Authorized user | Jane Doe", "Jane Doe")]
    [InlineData("Jane Doe is the authorized user on the account.", "Jane Doe")]
    [InlineData("La personne autorisée au dossier est Mme Hélène Roy.", "Hélène Roy")]
    [InlineData("Le titulaire autorisé de notre compte Twilio est Luc Gagnon.", "Luc Gagnon")]
    [InlineData("The authorized user's name is Jane Doe.", "Jane Doe")]
    [InlineData("The account holder is Jane van der Berg, and the numbers are below.", "Jane van der Berg")]
    [InlineData("Authorized user: DOE, Jane", "DOE, Jane")]
    public void Locates_the_authorized_user_in_its_forms(string line, string expected)
    {
        var located = new RequestTextLocator($"Hello,\n\n{line}\n\nThanks,\nSomeone Else\n").AuthorizedUserCandidates();

        Assert.Equal(expected, located.FirstOrDefault());
    }

    [Theory]
    [InlineData("Please port 416-320-4134.\n\nBest regards,\nAccounts team\nBlue Heron Massage")]
    [InlineData("Authorized user: N/A\nPlease port 416-320-4134.\n\nThanks,\nCaroline Li")]
    [InlineData("Authorized user:\n\nI've attached the LOA.\n\nThanks,\nCaroline Li")]
    public void Does_not_take_the_signature_for_the_authorized_user(string text)
    {
        Assert.Null(Extract(text).AuthorizedUser);
    }

    [Theory]
    [InlineData("I am the authorized user on the account. Please port 416-320-4134.\n\nThanks,\nCaroline Li\nOwner")]
    [InlineData("Authorized user: myself\n\nThanks,\n\nCaroline Li")]
    [InlineData("Je suis la titulaire autorisée du compte.\n\nCordialement,\nCaroline Li")]
    public void Takes_the_signature_when_the_sender_says_they_are_the_authorized_user(string text)
    {
        Assert.Equal(new PersonName("Caroline", "Li"), Extract(text).AuthorizedUser);
    }

    [Fact]
    public void Ignores_signature_and_footer_numbers_when_numbers_are_labelled()
    {
        var fields = Extract("""
            Phone numbers to port: 416-320-4134

            Thanks,
            Jane Doe
            Cell: 416-555-0100
            Tél. : 514-555-0100
            Questions? Call 1 800 555 0199
            """);

        Assert.Equal(["+14163204134"], Numbers(fields));
    }

    [Fact]
    public void Ignores_signature_and_contact_numbers_when_numbers_are_not_labelled()
    {
        var fields = Extract("""
            Please port 416-320-4134 and 416 320 4135 to our account. You can reach me at 416-555-0100 if needed.
            Phone: 416-555-0101

            Regards,
            Jane Doe
            647-555-0102
            Questions? Call 1 800 555 0199
            """);

        Assert.Equal(["+14163204134", "+14163204135"], Numbers(fields));
    }

    [Fact]
    public void Ends_a_number_list_at_a_contact_or_carrier_line()
    {
        var fields = Extract("Numbers to port:\n- 416-320-4134\n- Main line: 416-320-4135\nContact phone: 416-555-0100\nCurrent carrier: Bell (416-555-0101)\n");

        Assert.Equal(["+14163204134", "+14163204135"], Numbers(fields));
    }

    [Fact]
    public void Keeps_numbers_separated_by_blank_lines_under_their_label()
    {
        var fields = Extract("Numbers to port:\n\n416-320-4134\n\n416-320-4135\n\nCurrent carrier: Bell\n");

        Assert.Equal(["+14163204134", "+14163204135"], Numbers(fields));
    }

    [Fact]
    public void Takes_no_numbers_out_of_other_tokens_in_a_message()
    {
        var fields = Extract($"""
            Account SID: {Sid}
            Account number: PRW 69624207, invoice FT5973-07235, CSR NLC677055673
            Statement 2026-11-21, total $218.40, postal code V5H 4W6
            Reference 41632041341234
            Please port 604-334-3338.
            """);

        Assert.Equal(["+16043343338"], Numbers(fields));
    }

    [Theory]
    [InlineData("Account SID: AC0123456789abcdef0123456789abcde")]
    [InlineData("Twilio Account SID: AC0123456789abcdef0123456789abcdef0")]
    [InlineData("SID du compte : 0123456789abcdef0123456789abcdef")]
    [InlineData("Account SID: AC0123456789abcdef0123456789abcdeg")]
    [InlineData("Please port to our Twilio account AC0123456789abcdef0123456789abc.")]
    [InlineData("Our SID is AC0123456789abcdef01234567 thanks")]
    public void Reports_a_sid_written_wrongly(string line)
    {
        var fields = Extract($"Hello,\n\n{line}\nNumbers to port: 416-320-4134\n");

        Assert.Null(fields.AccountSid);
        Assert.True(fields.AccountSidInvalid);
    }

    [Theory]
    [InlineData("Account SID: N/A")]
    [InlineData("Account SID: to follow")]
    [InlineData("Please port our numbers to our Twilio account.")]
    public void Reports_a_missing_sid_as_missing_not_invalid(string line)
    {
        var fields = Extract($"Hello,\n\n{line}\nNumbers to port: 416-320-4134\n");

        Assert.Null(fields.AccountSid);
        Assert.False(fields.AccountSidInvalid);
    }

    [Fact]
    public void A_valid_sid_wins_over_a_wrong_one()
    {
        var fields = Extract($"Account SID: AC0123456789abcdef0123456789abcde\nSorry, the right one is {Sid}.\n");

        Assert.Equal(Sid, fields.AccountSid);
        Assert.False(fields.AccountSidInvalid);
    }

    [Fact]
    public void Falls_back_to_the_quoted_text_and_the_subject()
    {
        var quoted = $"""
            See below.

            On Mon, Nov 23, 2026 at 10:00 AM Jane Doe <jane@example.com> wrote:
            > Account SID: {Sid}
            > Numbers to port: 416-320-4134
            > Authorized user: Jane Doe
            > Service address: 120 King St W, Toronto, ON M5H 1J9
            """;

        var fields = Extract("See below.", quoted);

        Assert.Equal(Sid, fields.AccountSid);
        Assert.Equal(["+14163204134"], Numbers(fields));
        Assert.Equal(new PersonName("Jane", "Doe"), fields.AuthorizedUser);
        Assert.Equal("120 King St W, Toronto, ON M5H 1J9", fields.ServiceAddress?.Line1);

        var fromSubject = Extract("Documents attached.", subject: $"Port {Sid} 416-320-4134");
        Assert.Equal(Sid, fromSubject.AccountSid);
        Assert.Equal(["+14163204134"], Numbers(fromSubject));
    }

    [Fact]
    public void Prefers_the_fresh_text_over_the_quoted_text()
    {
        var fields = Extract(
            "Authorized user: Jane Doe\nNumbers to port: 416-320-4134",
            "Authorized user: Jane Doe\nNumbers to port: 416-320-4134\n> Authorized user: Old Name\n> Numbers to port: 416-320-9999");

        Assert.Equal(["+14163204134"], Numbers(fields));
        Assert.Equal(new PersonName("Jane", "Doe"), fields.AuthorizedUser);
    }

    [Theory]
    [InlineData("Service address:\n\nI've attached the signed LOA.\n")]
    [InlineData("Thanks,\nJane Doe\n")]
    public void Finds_no_address_where_none_is_given(string text)
    {
        Assert.Empty(new RequestTextLocator(text).ServiceAddressCandidates());
    }

    [Fact]
    public void Continues_an_address_value_onto_the_next_lines()
    {
        var located = new RequestTextLocator(
            "Service address: 704-2218 East Hastings Street\nBurnaby, BC V5H 4W6\nCurrent carrier: Telus\n").ServiceAddressCandidates();

        Assert.Equal("704-2218 East Hastings Street\nBurnaby, BC V5H 4W6", located.First());
    }

    [Fact]
    public void Reads_a_table_turned_into_text()
    {
        var locator = new RequestTextLocator("Service address\n120 King St W, Toronto, ON M5H 1J9\nAuthorized user\nJane Doe\n");

        Assert.Equal("120 King St W, Toronto, ON M5H 1J9", locator.ServiceAddressCandidates().First());
        Assert.Equal("Jane Doe", locator.AuthorizedUserCandidates().First());
    }

    [Fact]
    public void Copes_with_empty_and_hostile_text()
    {
        Assert.Empty(Extract("").Numbers);
        var hostile = string.Concat(Enumerable.Repeat("Numbers to port: 4163204100 to 4163204999 AC" + new string('a', 5000) + "\n", 200));

        var fields = Extract(hostile);

        Assert.NotEmpty(fields.Numbers);
        Assert.Null(fields.AccountSid);
    }

    [Fact]
    public void Types_are_kept_on_extracted_numbers()
    {
        var fields = Extract("Numbers to port: 1-855-242-6876, 415 268 2097, 506-008-5125, 604-334-3338");

        Assert.Equal(
            [NumberType.TollFree, NumberType.NonCanadian, NumberType.Invalid, NumberType.Geographic],
            fields.Numbers.Select(n => n.Type));
    }

    [Theory]
    [InlineData("Numbers to port:\n- 416-320-4134\n- 416-320-413\n- 416-320-41355\nAuthorized user: Jane Doe")]
    [InlineData("Numbers to port: 416-320-4134, 416-320-413, 416-320-41355")]
    [InlineData("Hello,\n\nThe numbers are 416-320-4134, 416-320-413 and 416-320-41355. The authorized user is Jane Doe.")]
    public void Reports_list_items_with_the_wrong_count_of_digits_as_invalid_as_given(string text)
    {
        var fields = Extract(text);

        Assert.Equal(
            [
                new RequestedNumber("+14163204134", NumberType.Geographic),
                new RequestedNumber("416320413", NumberType.Invalid),
                new RequestedNumber("41632041355", NumberType.Invalid),
            ],
            fields.Numbers);
    }

    [Fact]
    public void Takes_no_list_item_that_is_not_shaped_like_a_number()
    {
        var fields = Extract("Numbers to port: 416-320-4134, 2026-11-21, $218.40, 12, FT5973-07235");

        Assert.Equal(["+14163204134"], Numbers(fields));
    }
}
