using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>A plain-text request typed as two columns (labels, then spaces up to the values) keeps its column gap
/// through the mail reader, so each value is read under its label, in gaps and wordings generated here.</summary>
public sealed class AlignedColumnsTests
{
    private const string Sid = "AC0123456789abcdef0123456789abcdef";

    private static readonly string[][] Labels =
    [
        ["Account SID", "Authorized user", "Service address", "Numbers to port"],
        ["SID du compte", "Titulaire autorisé", "Adresse de service", "Numéros à transférer"],
        ["Twilio SID", "Account holder", "Service location", "Lines"],
    ];

    private static readonly string[] Values =
    [
        Sid, "Jane Doe", "120 King St W, Suite 400, Toronto, ON M5H 1J9", "416-320-4134",
    ];

    private readonly MailReader reader = new();
    private readonly RequestExtractor extractor = new();

    public static TheoryData<int, int> Gaps()
    {
        var data = new TheoryData<int, int>();
        foreach (var gap in new[] { 2, 3, 6 })
        {
            for (var wording = 0; wording < Labels.Length; wording++)
            {
                data.Add(wording, gap);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Gaps))]
    public void Values_aligned_in_a_column_are_read_under_their_labels(int wording, int gap)
    {
        var width = Labels[wording].Max(label => label.Length) + gap;
        var rows = Labels[wording].Select((label, i) => label.PadRight(width) + Values[i]);
        var body = "Hello,\n\n" + string.Join('\n', rows) + "\n" + new string(' ', width) + "416-320-4135\n\nThanks,\nJane";

        var fields = extractor.Extract(Read(body));

        Assert.Equal(Sid, fields.AccountSid);
        Assert.Equal(("Jane", "Doe"), (fields.AuthorizedUser?.FirstName, fields.AuthorizedUser?.LastName));
        Assert.Equal(("400", "M5H 1J9"), (fields.ServiceAddress?.Unit, fields.ServiceAddress?.PostalCode));
        Assert.Equal(["+14163204134", "+14163204135"], fields.Numbers.Select(n => n.Number).Order());
    }

    [Theory]
    [InlineData("Please port our lines.  They are with Bell.", "Please port our lines. They are with Bell.")]
    [InlineData("Merci !   Bonne journée", "Merci ! Bonne journée")]
    [InlineData("Name    Jane Doe", "Name\tJane Doe")]
    [InlineData("  indented   text  ", "indented\ttext")]
    public void A_gap_between_words_is_a_column_but_not_after_a_sentence(string line, string expected)
    {
        Assert.Equal(expected, Read(line).FreshText);
    }

    private ReceivedMessage Read(string body) =>
        reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(MessageBuilder.Text("plain", body))), TestContext.Current.CancellationToken);
}
