using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A table of lines in the message with an account-number column beside the numbers: the column's ten-digit
/// identifiers are not numbers to port, wherever the column stands and however the cells are set apart.</summary>
public sealed class AccountNumberColumnTests
{
    private static readonly RequestExtractor Extractor = new(
        name => name.Split(' ') is [var first, .., var last] ? new PersonName(first, last) : null,
        address => new PostalAddress(address, null, null, null, null));

    private static readonly string[] Phones = ["604-731-5582", "(604) 731-5583", "778 555 0142"];

    private static readonly string[] Accounts = ["6047312938", "604-731-2939", "6047315279"];

    public static TheoryData<string, string, int> Tables()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var caption in new[] { "Account #", "Account number", "Acct no.", "Invoice #", "N° de compte", "Numéro de client" })
        {
            foreach (var gap in new[] { "\t", "    " })
            {
                foreach (var column in new[] { 0, 2, 3 })
                {
                    data.Add(caption, gap, column);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Identifiers_under_an_account_number_caption_are_not_numbers_to_port(string caption, string gap, int column)
    {
        var header = new List<string> { "Line", "Number", "Monthly" };
        header.Insert(column, caption);
        var rows = Phones.Select((phone, i) =>
        {
            var cells = new List<string> { $"Line {i + 1}", phone, $"${40 + i}.00" };
            cells.Insert(column, Accounts[i]);
            return string.Join(gap, cells);
        });
        var text = "Hello,\n\nAccount SID: AC5f0c9e2b7a4d1836e0c2b94f7a1d3e68\nAuthorized user: Jane Doe\n\nNumbers to port:\n"
            + string.Join(gap, header) + "\n" + string.Join('\n', rows) + "\n\nThanks,\nJane Doe\n";

        var fields = Extractor.Extract(new ReceivedMessage { FreshText = text, FullText = text });

        Assert.Equal(["+16047315582", "+16047315583", "+17785550142"], fields.Numbers.Select(n => n.Number).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Client\tNumber\nJane Doe\t604-731-5582")]
    [InlineData("Account SID\tNumber\nAC5f0c9e2b7a4d1836e0c2b94f7a1d3e68\t604-731-5582")]
    public void A_column_that_is_not_an_account_number_keeps_its_numbers(string table)
    {
        var text = "Hello,\n\n" + table + "\n\nThanks\n";

        var fields = Extractor.Extract(new ReceivedMessage { FreshText = text, FullText = text });

        Assert.Contains("+16047315582", fields.Numbers.Select(n => n.Number));
    }
}
