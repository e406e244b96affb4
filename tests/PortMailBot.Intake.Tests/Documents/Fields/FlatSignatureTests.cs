using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A signature written low and flat (a quick flourish, no taller than the caption's print) is still ink
/// drawn by hand: a pen stroke beside its caption, or under a small caption in its box, signs the LOA; a flat
/// picture that is not a stroke (a rule, a banner) does not.</summary>
public sealed class FlatSignatureTests
{
    private static readonly string[] Captions =
        ["Signed:", "Signature:", "Signature of account holder:", "Signature du titulaire :", "Customer signature", "Signé :"];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var caption in Captions)
        {
            foreach (var flat in new[] { 3, 5, 7 })
            {
                data.Add(caption, flat, true);
                data.Add(caption, flat, false);
            }
        }

        return data;
    }

    private static PageBuilder Form() => new PageBuilder()
        .SizedLine(40, 14, (40, "PORTING AUTHORIZATION"))
        .SizedLine(90, 10, (50, "Account holder: Jane Doe"))
        .SizedLine(110, 10, (50, "(416) 320-4134"))
        .SizedLine(150, 9, (50, "I, the undersigned, authorize Twilio and its carrier partners to port the numbers above."));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_flat_pen_stroke_right_of_its_caption_signs_the_letter(string caption, int flat, bool stroke)
    {
        var page = Form().SizedLine(200, 10, (50, caption), (360, "Date: 2026-11-24"));
        var ink = new PageBox(160 + caption.Length, 210 - flat - 2, 280 + caption.Length, 208);
        if (stroke)
        {
            page.Stroke(ink);
        }
        else
        {
            page.Image(ink);
        }

        var document = DocumentReader.FromPages("loa.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(stroke, document.Signed);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_flat_pen_stroke_under_a_small_boxed_caption_signs_the_letter(string caption, int flat, bool stroke)
    {
        var page = Form()
            .SizedLine(200, 6.5, (54, caption.TrimEnd(':', ' ')), (304, "Date"))
            .SizedLine(216, 10, (310, "November 24, 2026"))
            .SizedLine(250, 10, (50, "Print name: Jane Doe"));
        var ink = new PageBox(70, 224 - (flat * 0.6), 170, 224);
        if (stroke)
        {
            page.Stroke(ink);
        }
        else
        {
            page.Image(ink);
        }

        var document = DocumentReader.FromPages("loa.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(stroke, document.Signed);
    }
}
