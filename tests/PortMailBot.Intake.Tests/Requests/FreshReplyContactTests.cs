using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A reply whose fresh text only gives the sender's own number ("My cell is …") above the quoted
/// request: that number is a way to reach the sender, and the quoted request's numbers are the ones requested.</summary>
public sealed class FreshReplyContactTests
{
    private static readonly RequestExtractor Extractor = new();

    private const string Quoted =
        "On Mon, Nov 23, 2026 at 4:40 PM Greg <greg@example.com> wrote:\n> Numbers to port: 416-923-6671, 647-349-2280\n> Authorized user: Gregory Whitfield\n";

    public static TheoryData<string> FreshTexts() =>
    [
        "Attached is the updated bill. My cell is 647-881-2044 if anything is missing.",
        "Here is the bill. My number is 647-881-2044.",
        "Voici la facture. Mon cellulaire : 647-881-2044.",
        "Bill attached, my direct line is 647-881-2044 in case.",
    ];

    [Theory]
    [MemberData(nameof(FreshTexts))]
    public void The_senders_own_number_in_the_fresh_text_is_not_requested(string fresh)
    {
        var fields = Extractor.Extract(new ReceivedMessage { FreshText = fresh + "\n\nGreg\n", FullText = fresh + "\n\nGreg\n\n" + Quoted, Subject = "Re: Port" });

        Assert.Equal(["+14169236671", "+16473492280"], fields.Numbers.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Please port my cell 647-881-2044 too.")]
    [InlineData("We also want to move my mobile 647-881-2044 to Twilio.")]
    public void The_senders_number_asked_to_be_ported_is_requested(string fresh)
    {
        var fields = Extractor.Extract(new ReceivedMessage { FreshText = fresh, FullText = fresh, Subject = "Port" });

        Assert.Equal(["+16478812044"], fields.Numbers.Select(n => n.Number));
    }
}
