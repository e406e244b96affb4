using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Tests.Requests;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>An HTML form laid out across (captions in one row, values in the next), with values that hold line
/// breaks, in orders, wordings and markups generated here: every field is read once it is turned into text.</summary>
public sealed class HtmlCaptionTableTests
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";

    private static readonly string[][] Captions =
    [
        ["Account SID", "Numbers to port", "Authorized user", "Service address"],
        ["SID du compte", "Numéros à transférer", "Utilisateur autorisé", "Adresse de service"],
        ["Twilio account SID:", "Lines to port:", "Account holder:", "Service location:"],
    ];

    private static readonly string[] Values =
    [
        Sid,
        "(416) 320-4134<br>416.320.4135<br>+1 647 555 0199",
        "Jane Doe",
        "120 King St W, Suite 400, Toronto, ON M5H 1J9",
    ];

    public static TheoryData<int, int, bool, bool> Layouts()
    {
        var data = new TheoryData<int, int, bool, bool>();
        for (var rotation = 0; rotation < Values.Length; rotation++)
        {
            for (var wording = 0; wording < Captions.Length; wording++)
            {
                data.Add(rotation, wording, rotation % 2 == 0, wording != 1);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void A_table_across_with_a_list_in_one_cell_gives_every_field(int rotation, int wording, bool headerCells, bool sections)
    {
        var order = Enumerable.Range(0, Values.Length).Select(i => (i + rotation) % Values.Length).ToList();
        var captionTag = headerCells ? "th" : "td";
        var captionRow = "<tr>" + string.Concat(order.Select(i => $"<{captionTag} style=\"border:1px solid\"><b>{Captions[wording][i]}</b></{captionTag}>")) + "</tr>";
        var valueRow = "<tr>" + string.Concat(order.Select(i => $"<td style=\"border:1px solid\">{Values[i]}</td>")) + "</tr>";
        var table = sections
            ? $"<table><thead>{captionRow}</thead><tbody>{valueRow}</tbody></table>"
            : $"<table>{captionRow}\n{valueRow}</table>";
        var html = $"<html><body><p>Hello,</p><p>Please port our numbers.</p>{table}<p>Thanks,<br>Jane</p></body></html>";

        var fields = RequestText.Extract(HtmlToText.Convert(html));

        Assert.Equal(Sid, fields.AccountSid);
        Assert.Equal(("Jane", "Doe"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
        Assert.Equal(("400", "M5H 1J9"), (fields.ServiceAddress?.Unit, fields.ServiceAddress?.PostalCode));
        Assert.Equal(["+14163204134", "+14163204135", "+16475550199"], fields.Numbers.Select(n => n.Number).Order());
    }

    [Theory]
    [InlineData("Street|Unit|City|Province|Postal code", "120 King St W|400|Toronto|ON|M5H 1J9")]
    [InlineData("Rue|Bureau|Ville|Province|Code postal", "120 King St W|400|Toronto|ON|M5H 1J9")]
    [InlineData("First name|Last name|Street|Suite|City|Prov|Postal", "Jane|Doe|120 King St W|400|Toronto|ON|M5H 1J9")]
    public void An_address_in_separate_columns_is_put_together(string captions, string values)
    {
        static string Row(string cells, string tag) => "<tr>" + string.Concat(cells.Split('|').Select(c => $"<{tag}>{c}</{tag}>")) + "</tr>";
        var html = $"<p>Authorized user: Jane Doe</p><table>{Row(captions, "th")}{Row(values, "td")}</table><p>Numbers: 416-320-4134</p>";

        var fields = RequestText.Extract(HtmlToText.Convert(html));

        Assert.Equal(("120", "400", "Toronto", "M5H 1J9"), (fields.ServiceAddress?.StreetNumber, fields.ServiceAddress?.Unit, fields.ServiceAddress?.City, fields.ServiceAddress?.PostalCode));
    }

    [Fact]
    public void A_caption_is_written_before_its_own_value()
    {
        var text = HtmlToText.Convert("<table><tr><th>Account SID</th><th>Numbers to port</th></tr><tr><td>" + Sid + "</td><td>416-320-4134<br>416-320-4135</td></tr></table>");

        Assert.Equal("Account SID: " + Sid + "\nNumbers to port: 416-320-4134\n416-320-4135", text.Trim());
    }

    [Theory]
    [InlineData("<table><tr><th>Number</th><th>Type</th></tr><tr><td>416-320-4134</td><td>Mobile</td></tr><tr><td>416-320-4135</td><td>Landline</td></tr></table>")]
    [InlineData("<table><tr><td>Jane Doe</td><td>Director</td></tr><tr><td>Acme</td><td>Toronto</td></tr></table>")]
    [InlineData("<table><tr><th>Account SID</th><th>Numbers</th></tr><tr><td>" + Sid + "</td></tr></table>")]
    public void A_list_of_rows_a_table_of_words_or_rows_of_unequal_width_stay_rows(string html)
    {
        var text = HtmlToText.Convert(html);

        Assert.DoesNotContain(": ", text, StringComparison.Ordinal);
        Assert.Contains('\t', text);
    }
}
