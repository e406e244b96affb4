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

    public static TheoryData<int, int> ThreadedPairs()
    {
        var data = new TheoryData<int, int>();
        for (var s = 0; s < StandIns.Length; s++)
        {
            for (var t = 0; t < Threads.Length; t++)
            {
                data.Add(s, t);
            }
        }

        return data;
    }

    // Requests followed by an older message in the same language: its small words ("de", "est", "message",
    // "the", "this", "please") are the stand-in's too.
    private static readonly string[] Threads =
    [
        "<blockquote>Le 24 novembre 2026, l'équipe a écrit :<br>Bonjour, ce message est pour vous rappeler de nous envoyer la lettre d'autorisation. Votre demande ne peut pas être traitée sans le SID du compte et une facture de moins de 30 jours. Ce courriel est en format HTML.</blockquote>",
        "<blockquote>On Tue, Nov 24, 2026 the porting team wrote:<br>Hello, this message is to remind you to please send the signed letter of authorization. Your request cannot be processed without the account SID and a bill from the last 30 days. Please use this mail to reply, in HTML format if your client supports it.</blockquote>",
        "<div>De : Porting &lt;porting@example.test&gt;<br>Objet : votre demande</div><div>Pour traiter votre demande, il nous faut le SID du compte, les numéros à transférer, l'adresse de service et une facture récente. Ce message est envoyé automatiquement, veuillez ne pas utiliser un autre courriel.</div>",
    ];

    [Theory]
    [MemberData(nameof(ThreadedPairs))]
    public void A_stand_in_sharing_the_small_words_of_a_long_html_thread_still_gives_way(int standIn, int thread)
    {
        var read = Read(StandIns[standIn], Requests[thread % Requests.Length] + Threads[thread]);

        Assert.Contains("AC0123456789abcdef0123456789abcdef", read.FreshText + read.FullText, StringComparison.Ordinal);
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
