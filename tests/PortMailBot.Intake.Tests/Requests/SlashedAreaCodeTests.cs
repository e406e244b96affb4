using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A list of numbers whose area codes are set apart by a slash ("514/286-4417"), as Quebec writes them:
/// each is one number, and no piece of one is taken for a malformed number.</summary>
public sealed class SlashedAreaCodeTests
{
    private static readonly RequestExtractor Extractor = new(
        name => name.Split(' ') is [var first, .., var last] ? new PersonName(first, last) : null,
        address => new PostalAddress(address, null, null, null, null));

    public static TheoryData<string, string> Lists()
    {
        var data = new TheoryData<string, string>();
        foreach (var label in new[] { "Numbers to port: ", "Numéros à transférer : " })
        {
            foreach (var separator in new[] { ", ", "; ", " and ", " et ", "\n- " })
            {
                foreach (var form in new[] { "{0}/{1}-{2}", "{0}/{1} {2}", "{0}/{1}.{2}" })
                {
                    data.Add(label, string.Join(separator, new[] { ("438", "541", "7366"), ("514", "692", "5399") }
                        .Select(n => string.Format(System.Globalization.CultureInfo.InvariantCulture, form, n.Item1, n.Item2, n.Item3))));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Each_slashed_number_of_a_list_is_one_valid_number(string label, string list)
    {
        var text = $"Hello,\n\nAccount SID: AC5f0c9e2b7a4d1836e0c2b94f7a1d3e68\n{label}{list}\n\nAuthorized user: Jane Doe\n";

        var fields = Extractor.Extract(new ReceivedMessage { FreshText = text, FullText = text });

        Assert.Equal(["+14385417366", "+15146925399"], fields.Numbers.Select(n => n.Number).Order(StringComparer.Ordinal));
        Assert.All(fields.Numbers, n => Assert.Equal(NumberType.Geographic, n.Type));
    }
}
