using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>multipart/alternative whose text/plain part is only a stand-in ("This message is in HTML format")
/// while the HTML part carries the request: the HTML is read. A plain part that renders the HTML is still
/// preferred, even when the HTML adds a signature.</summary>
public sealed class AlternativeStandInTests
{
    private static readonly string[] StandIns =
    [
        "This message is in HTML format. Please use an HTML-capable mail client to read it.",
        "Your email client does not support HTML messages.",
        "Ce message est au format HTML. Veuillez utiliser un logiciel de courriel compatible.",
        "To view this message, open it in a browser.",
        ".",
    ];

    private static readonly string[] Requests =
    [
        "<div>Hello,</div><div>Account SID: AC0123456789abcdef0123456789abcdef</div><div>Numbers to port: 604-731-5582, 778-329-6614</div><div>Authorized user: Tom Nakamura</div><div>Service address: 2041 West 4th Avenue, Vancouver BC V6J 1N3</div>",
        "<p>Bonjour,<br>SID du compte : AC0123456789abcdef0123456789abcdef<br>Numéros : 418 694-2213<br>Titulaire : Marie-Ève Lapointe<br>Adresse : 255, boulevard Charest Est, Québec QC G1K 3G9</p>",
    ];

    private readonly MailReader reader = new();

    public static TheoryData<int, int> Pairs()
    {
        var data = new TheoryData<int, int>();
        for (var s = 0; s < StandIns.Length; s++)
        {
            for (var r = 0; r < Requests.Length; r++)
            {
                data.Add(s, r);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_plain_stand_in_gives_way_to_the_html_request(int standIn, int request)
    {
        var read = Read(StandIns[standIn], Requests[request]);

        Assert.Contains("AC0123456789abcdef0123456789abcdef", read.FreshText, StringComparison.Ordinal);
        Assert.DoesNotContain(StandIns[standIn], read.FreshText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_plain_rendition_is_kept_even_when_the_html_adds_a_signature(int request)
    {
        var html = Requests[request] + "<table><tr><td>Osei Consulting<br>905-527-0100<br>1 King St W, Hamilton ON L8P 1A4<br>Follow us on social media for news and offers</td></tr></table>";
        var plain = HtmlToText.Convert(Requests[request], 100_000) + "\n-- sent from my phone";

        var read = Read(plain, html);

        Assert.Contains("sent from my phone", read.FreshText, StringComparison.Ordinal);
    }

    private ReceivedMessage Read(string plain, string html)
    {
        var alternative = new MultipartAlternative { MessageBuilder.Text("plain", plain), MessageBuilder.Text("html", html) };
        return reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(alternative)), TestContext.Current.CancellationToken);
    }
}
