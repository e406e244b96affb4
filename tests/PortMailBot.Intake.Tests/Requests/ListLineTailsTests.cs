using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A stated list of numbers whose later items give only the line digits ("418 723-6650, 6651 et 6652"):
/// each shares the area code and exchange of the whole number before it.</summary>
public sealed class ListLineTailsTests
{
    private static readonly string[] Labels = ["Numbers to port:", "Numéros à transférer :", "Lines to port:"];
    private static readonly string[] Firsts = ["418 723-6650", "(418) 723-6650", "1-418-723-6650", "418.723.6650"];
    private static readonly string[] Joins = [", {0}, {1}", ", {0} et {1}", ", {0} and {1}", "; {0}; {1}"];

    public static TheoryData<string, string, string> Lists()
    {
        var data = new TheoryData<string, string, string>();
        var i = 0;
        foreach (var label in Labels)
        {
            foreach (var first in Firsts)
            {
                data.Add(label, first, Joins[i++ % Joins.Length]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Four_digit_items_share_the_exchange_of_the_number_before(string label, string first, string join)
    {
        var text = $"Bonjour,\n\n{label} {first}{string.Format(System.Globalization.CultureInfo.InvariantCulture, join, "6651", "6652")}\n";

        var fields = RequestText.Extract(text, "Port");

        Assert.Equal(["+14187236650", "+14187236651", "+14187236652"], fields.Numbers.Select(n => n.Number).Order());
    }

    [Fact]
    public void Four_digits_with_no_whole_number_before_them_are_no_number()
    {
        var text = "Hello,\n\nNumbers to port: 6651, 418 723-6650\n";

        var fields = RequestText.Extract(text, "Port");

        Assert.Equal(["+14187236650"], fields.Numbers.Select(n => n.Number));
    }
}
