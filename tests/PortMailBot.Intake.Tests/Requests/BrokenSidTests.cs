using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A SID a mail client wrapped, or written with a space after its "AC", is still the SID; a SID of the
/// wrong length stays invalid whatever the next line starts with.</summary>
public sealed class BrokenSidTests
{
    private const string Sid = "AC5f0c9e2b7a4d1836e0c2b94f7a1d3e68";

    private static readonly RequestExtractor Extractor = new(
        name => name.Split(' ') is [var first, .., var last] ? new PersonName(first, last) : null,
        address => new PostalAddress(address, null, null, null, null));

    private static RequestFields Extract(string text) =>
        Extractor.Extract(new ReceivedMessage { FreshText = text, FullText = text });

    private static string Message(string sidLine) =>
        $"Hello,\n\n{sidLine}\nNumbers to port: 416-320-4134\nAuthorized user: Jane Doe\n"
        + "Service address: 120 King St W, Toronto, ON M5H 1J9\n\nThanks,\nJane Doe\n";

    public static TheoryData<string> Wrapped()
    {
        var data = new TheoryData<string>();
        foreach (var label in new[] { "Account SID: ", "SID du compte : ", "Twilio account " })
        {
            foreach (var at in new[] { 2 + 4, 2 + 16, 2 + 23, 2 + 28 })
            {
                foreach (var breakText in new[] { "\n", "\r\n", "\n   ", " \n" })
                {
                    data.Add(label + Sid[..at] + breakText + Sid[at..]);
                }
            }

            data.Add(label + "AC " + Sid[2..]);
            data.Add(label + "AC\n" + Sid[2..]);
            data.Add(label + "AC " + Sid[2..].ToUpperInvariant());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Wrapped))]
    public void A_sid_broken_by_a_line_break_or_a_space_is_read_whole(string sidLine)
    {
        var fields = Extract(Message(sidLine));

        Assert.Equal(Sid, fields.AccountSid);
        Assert.False(fields.AccountSidInvalid);
    }

    public static TheoryData<string> WrongLength()
    {
        var data = new TheoryData<string>();
        foreach (var next in new[] { "2026-11-26", "be advised", "Numbers to port: none yet", "1. first", "abcd: x" })
        {
            data.Add("Account SID: " + Sid[..^1] + "\n" + next);
            data.Add("Account SID: " + Sid[..^4] + "\n" + next);
            data.Add("Account SID: " + Sid + "0\n" + next);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WrongLength))]
    public void A_sid_of_the_wrong_length_is_not_completed_by_the_next_line(string sidLines)
    {
        var fields = Extract(Message(sidLines));

        Assert.Null(fields.AccountSid);
        Assert.True(fields.AccountSidInvalid);
    }
}
