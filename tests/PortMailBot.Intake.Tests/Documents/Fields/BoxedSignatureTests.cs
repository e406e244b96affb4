using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A signature box with its caption in the top corner: the signature is drawn under the caption, inside
/// the box, whatever the caption's wording.</summary>
public sealed class BoxedSignatureTests
{
    private static readonly string[] Captions = ["Signature", "Authorized signature", "Signature autorisée", "Signature du titulaire", "Customer signature"];

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var caption in Captions)
        {
            data.Add(caption, true);
            data.Add(caption, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_picture_under_a_boxed_caption_is_the_signature(string caption, bool withSignature)
    {
        var page = new PageBuilder()
            .SizedLine(40, 14, (40, "NUMBER PORT-OUT AUTHORIZATION"))
            .SizedLine(90, 6.5, (43, "Account holder"), (313, "Authorized signatory"))
            .SizedLine(102, 10, (43, "Harbourview"), (313, "Jane Doe"))
            .SizedLine(130, 10, (43, "(416) 320-4134"))
            .SizedLine(170, 8, (40, "I, the undersigned, authorize Twilio to port the numbers listed above."))
            .SizedLine(195, 6.5, (43, caption), (343, "Date"))
            .SizedLine(221, 10, (343, "2026-11-24"));
        if (withSignature)
        {
            page.Image(new PageBox(70, 206, 250, 240));
        }

        var document = DocumentReader.FromPages("loa.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(withSignature, document.Signed);
    }
}
