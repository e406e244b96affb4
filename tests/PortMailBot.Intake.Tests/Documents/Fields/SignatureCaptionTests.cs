using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Signature captions that say whose signature goes there, on the form's first or second page.</summary>
public sealed class SignatureCaptionTests
{
    private static readonly string[] Captions =
    [
        "Signature of account holder", "Signature of the authorized representative", "Signature du titulaire",
        "Signature de l'abonné", "Account holder signature", "Owner's signature", "Subscriber signature",
        "Signature of customer",
    ];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var caption in Captions)
        {
            foreach (var page in new[] { 1, 2 })
            {
                data.Add(caption, page, true);
                data.Add(caption, page, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_caption_naming_the_signer_is_signed_only_with_a_signature_above_it(string caption, int onPage, bool withSignature)
    {
        var terms = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(90, (60, "1. The customer confirms that it owns the account with its current provider."))
            .Line(105, (60, "2. Porting may interrupt service for up to four hours on the day of the transfer."));
        var form = new PageBuilder()
            .Line(60, (60, "Account holder:"), (200, "Jane Doe"))
            .Line(80, (60, "Service address:"), (200, "120 King St W"))
            .Line(95, (200, "Toronto, ON M5H 1J9"))
            .Line(120, (60, "(416) 320-4134"))
            .Line(420, (60, caption), (330, "2026-11-22"));
        if (withSignature)
        {
            form.Image(new PageBox(70, 375, 230, 412));
        }

        var pages = onPage == 1
            ? new[] { form.Line(30, (150, "LETTER OF AUTHORIZATION")).Build() }
            : [terms.Build(1), form.Build(2)];

        var document = DocumentReader.FromPages("loa.pdf", pages);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(withSignature, document.Signed);
    }

    [Fact]
    public void A_sentence_about_signatures_with_a_logo_near_it_is_not_signed()
    {
        var page = new PageBuilder()
            .Line(30, (150, "LETTER OF AUTHORIZATION"))
            .Line(60, (60, "Account holder:"), (200, "Jane Doe"))
            .Line(420, (60, "The signature of the account holder is required on every page of this form."))
            .Image(new PageBox(70, 375, 230, 412))
            .Build();

        Assert.False(DocumentReader.FromPages("loa.pdf", [page]).Signed);
    }

    [Theory]
    [InlineData("Signed by", "Signature:", false)]
    [InlineData("Signed by:", "Signature:", true)]
    [InlineData("Signé par :", "Signature :", false)]
    [InlineData("Signed by", "Authorized signature", true)]
    [InlineData("Signée par", "Signature autorisée", false)]
    public void A_signed_by_caption_names_the_signer_and_is_no_signature(string signedBy, string caption, bool withSignature)
    {
        var form = new PageBuilder()
            .Line(30, (150, "PORT AUTHORIZATION FORM"))
            .Line(60, (60, "Authorized user:"), (200, "OWEN O'BRIEN"))
            .Line(80, (60, "Service address:"), (200, "400-1666 King St W"))
            .Line(95, (200, "St. John's, NL A8L 9N7"))
            .Line(120, (60, "709-878-3511"))
            .Line(380, (60, signedBy), (160, "Owen O'Brien"))
            .Line(440, (60, caption), (330, "Date: 2026-11-26"));
        if (withSignature)
        {
            form.Image(new PageBox(70, 398, 230, 436));
        }

        var document = DocumentReader.FromPages("loa.pdf", [form.Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(withSignature, document.Signed);
    }
}
