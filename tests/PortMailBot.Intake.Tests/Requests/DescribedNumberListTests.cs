using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A list of numbers under a numbers label where each line says what the line is for ("Main line:",
/// "Fax:", "Cell:"): every line is to be ported; a callback or carrier entry after it is not.</summary>
public sealed class DescribedNumberListTests
{
    private static readonly string[] Labels = ["Numbers to port:", "Lines to port:", "Numéros à transférer :", "Phone numbers to be ported"];
    private static readonly string[] FirstDescriptions = ["Main line", "Reception", "Ligne principale", "Front desk"];
    private static readonly string[] ContactDescriptions = ["Fax", "Cell", "Tel", "Mobile", "Télécopieur", "Direct", "Office"];

    public static TheoryData<string, string, string> DescribedLists()
    {
        var data = new TheoryData<string, string, string>();
        var i = 0;
        foreach (var label in Labels)
        {
            foreach (var contact in ContactDescriptions)
            {
                data.Add(label, FirstDescriptions[i++ % FirstDescriptions.Length], contact);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DescribedLists))]
    public void Every_described_line_of_the_list_is_requested(string label, string first, string contact)
    {
        var fields = RequestText.Extract($"Hello,\n\n{label}\n{first}: (905) 527-0144\n{contact}: (289) 430-0188\nWarehouse: (365) 602-1177\n\nThanks,\nKevin\nCell: 416-902-3377\n");

        Assert.Equal(["+19055270144", "+12894300188", "+13656021177"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Main", "Fax", "Cell")]
    [InlineData("Tel", "Fax", "Mobile")]
    [InlineData("Tél.", "Téléc.", "Cellulaire")]
    [InlineData("Office", "Direct", "Phone")]
    public void A_contact_labelled_line_first_under_an_empty_numbers_label_opens_the_list(string first, string second, string third)
    {
        foreach (var label in Labels)
        {
            var fields = RequestText.Extract($"Hello,\n\nAuthorized user: Kevin Osei\n{label}\n{first}: (905) 527-0144\n{second}: (289) 430-0188\n{third}: (365) 602-1177\n");

            Assert.Equal(["+19055270144", "+12894300188", "+13656021177"], fields.Numbers.Select(n => n.Number));
        }
    }

    [Theory]
    [InlineData("Contact: 416-902-3377")]
    [InlineData("Callback number: 416-902-3377")]
    [InlineData("Best number to reach me: 416-902-3377")]
    [InlineData("Current carrier: Maple (416-902-3377)")]
    [InlineData("Account PIN: 4169023377")]
    public void A_callback_or_carrier_line_after_a_described_list_is_not_requested(string line)
    {
        var fields = RequestText.Extract($"Numbers to port:\nMain line: (905) 527-0144\nFax: (289) 430-0188\n{line}\n");

        Assert.Equal(["+19055270144", "+12894300188"], fields.Numbers.Select(n => n.Number));
    }

    [Fact]
    public void A_long_description_of_an_item_does_not_end_the_list()
    {
        var fields = RequestText.Extract("Numbers to port:\n604-731-5582 - main line at the front desk of our downtown store on Main\n778-329-6614 - fax\n");

        Assert.Equal(["+16047315582", "+17783296614"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Fax")]
    [InlineData("Cell")]
    [InlineData("Tel")]
    public void A_contact_line_after_a_list_of_bare_numbers_is_not_requested(string contact)
    {
        var fields = RequestText.Extract($"Numbers to port:\n(905) 527-0144\n(289) 430-0188\n{contact}: 416-902-3377\n");

        Assert.Equal(["+19055270144", "+12894300188"], fields.Numbers.Select(n => n.Number));
    }
}
