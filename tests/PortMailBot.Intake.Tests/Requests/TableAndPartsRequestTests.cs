using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Fields laid out as a table across (captions in one row, values in the next) and an address given
/// as a form's separate fields, in orders and wordings generated here.</summary>
public sealed class TableAndPartsRequestTests
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";

    private static readonly (string[] Captions, string Value)[] Columns =
    [
        (["Account SID", "SID du compte", "Twilio account"], Sid),
        (["Authorized user", "Personne autorisée", "Account holder"], "Jane Doe"),
        (["Service address", "Adresse de service", "Service location"], "120 King St W, Suite 400, Toronto, ON M5H 1J9"),
        (["Numbers to port", "Numéros à transférer", "Lines to port"], "416-320-4134"),
    ];

    public static TheoryData<int, int> Orders()
    {
        var data = new TheoryData<int, int>();
        for (var rotation = 0; rotation < Columns.Length; rotation++)
        {
            for (var wording = 0; wording < 3; wording++)
            {
                data.Add(rotation, wording);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void A_table_across_gives_every_field(int rotation, int wording)
    {
        var columns = Columns.Skip(rotation).Concat(Columns.Take(rotation)).ToList();
        // An HTML table turned into text: its cells set apart by tabs, one row a line.
        var text = "Hello,\n\n" + string.Join('\t', columns.Select(c => c.Captions[wording])) + "\n"
            + string.Join('\t', columns.Select(c => c.Value)) + "\n\nThanks,\nJane Doe\n";

        var fields = RequestText.Extract(text);

        Assert.Equal(Sid, fields.AccountSid);
        Assert.Equal("Doe", fields.AuthorizedUser?.LastName);
        Assert.Equal("M5H 1J9", fields.ServiceAddress?.PostalCode);
        Assert.Equal(["+14163204134"], fields.Numbers.Select(n => n.Number));
    }

    [Fact]
    public void A_row_of_one_caption_beside_its_value_is_not_a_table_across()
    {
        var lines = new[] { "Authorized user   Jane Doe", "Service address   120 King St W, Toronto, ON M5H 1J9" };

        Assert.Equal(lines, HeaderRowTable.Expand(lines));
    }

    public static TheoryData<string[], string> PartWordings() => new()
    {
        { ["Street", "Unit", "City", "Province", "Postal code"], "en" },
        { ["Street address", "Suite", "Town", "Prov", "Postal"], "en" },
        { ["Rue", "Bureau", "Ville", "Province", "Code postal"], "fr" },
        { ["Numéro et rue", "App", "Municipalité", "Province", "Code postal"], "fr" },
        { ["Address line 1", "Address line 2", "City", "Province/Territory", "Postal Code"], "en" },
    };

    [Theory]
    [MemberData(nameof(PartWordings))]
    public void An_address_in_separate_fields_is_put_together(string[] labels, string language)
    {
        var values = new[] { "120 King St W", "400", "Toronto", "ON", "M5H 1J9" };
        var greeting = language == "fr" ? "Bonjour,\n\nTitulaire : Jane Doe\n" : "Hello,\n\nAuthorized user: Jane Doe\n";
        var text = greeting + string.Join('\n', labels.Select((l, i) => $"{l}: {values[i]}")) + $"\nNumbers: 416-320-4134\nSID: {Sid}\n";

        var fields = RequestText.Extract(text);

        Assert.Equal("120", fields.ServiceAddress?.StreetNumber);
        Assert.Equal("400", fields.ServiceAddress?.Unit);
        Assert.Equal("Toronto", fields.ServiceAddress?.City);
        Assert.Equal("M5H 1J9", fields.ServiceAddress?.PostalCode);
    }

    public static TheoryData<string, string> MoreWordings() => new()
    {
        { "Address: 120 King St W, Suite 400\nCity: Toronto\nProvince: Ontario\nPostal Code: M5H 1J9", "en" },
        { "Service address: 120 King St W\nUnit / suite: 400\nCity/Province/Postal code: Toronto, ON, M5H 1J9", "en" },
        { "Street number: 120\nStreet name: King St W\nApt number: 400\nCity, province: Toronto, ON\nPostal code: M5H 1J9", "en" },
        { "Adresse : 120 King St W, bureau 400\nVille : Toronto\nProvince : Ontario\nCode postal : M5H 1J9", "fr" },
        { "Numéro civique : 120\nRue : King St W\nAppartement : 400\nVille : Toronto\nProvince : ON\nCode postal : M5H 1J9", "fr" },
        { "Adresse de service : 120 King St W\nApp. / bureau : 400\nVille, province et code postal : Toronto (Ontario) M5H 1J9", "fr" },
    };

    [Theory]
    [MemberData(nameof(MoreWordings))]
    public void An_address_whose_locality_or_civic_number_has_fields_of_its_own_is_put_together(string lines, string language)
    {
        var greeting = language == "fr" ? "Bonjour,\n\nTitulaire : Jane Doe\n" : "Hello,\n\nAuthorized user: Jane Doe\n";
        var fields = RequestText.Extract(greeting + lines + $"\nNumbers: 416-320-4134\nSID: {Sid}\n");

        Assert.Equal("120", fields.ServiceAddress?.StreetNumber);
        Assert.Equal("400", fields.ServiceAddress?.Unit);
        Assert.Equal("Toronto", fields.ServiceAddress?.City);
        Assert.Equal("ON", fields.ServiceAddress?.Province);
        Assert.Equal("M5H 1J9", fields.ServiceAddress?.PostalCode);
    }

    [Theory]
    [InlineData("Numéro : 514-555-0142\nRue : rue de la Montagne\nVille : Montréal")]
    [InlineData("Address: see the attached LOA\nCity: Toronto")]
    public void Parts_without_a_street_number_are_no_address(string lines)
    {
        var fields = RequestText.Extract("Hello,\n\nAuthorized user: Jane Doe\n" + lines + $"\nSID: {Sid}\n");

        Assert.Null(fields.ServiceAddress?.StreetNumber);
    }

    [Theory]
    [InlineData("Attn: Accounts Payable")]
    [InlineData("Attention: Jane Doe")]
    [InlineData("c/o Acme Dental Clinic")]
    [InlineData("À l'attention de : Jane Doe")]
    public void An_attention_line_under_the_address_label_does_not_end_the_address(string attention)
    {
        var fields = RequestText.Extract($"Hello,\n\nAuthorized user: Jane Doe\nService address:\n{attention}\n400-120 King St W\nToronto ON M5H 1J9\nNumbers: 416-320-4134\nSID: {Sid}\n");

        Assert.Equal("120", fields.ServiceAddress?.StreetNumber);
        Assert.Equal("400", fields.ServiceAddress?.Unit);
        Assert.Equal("M5H 1J9", fields.ServiceAddress?.PostalCode);
    }

    [Fact]
    public void Parts_in_a_signature_are_not_the_service_address()
    {
        var fields = RequestText.Extract($"Hello,\n\nAuthorized user: Jane Doe\nSID: {Sid}\n\nThanks,\nJane Doe\nStreet: 88 Queens Quay W\nCity: Toronto\nPostal code: M5J 0B8\n");

        Assert.Null(fields.ServiceAddress);
    }
}
