using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A ruled table giving the signature's caption a header cell of its own, the signature drawn in the cell
/// under it: the picture starts a cell's padding below the caption, wherever the row heights put it.</summary>
public sealed class SignatureCellTests
{
    private static readonly string[] Captions = ["Signature", "Authorized signature", "Signature du client", "Customer signature"];

    public static TheoryData<string, double, bool> Cases()
    {
        var data = new TheoryData<string, double, bool>();
        foreach (var caption in Captions)
        {
            foreach (var gap in new[] { 14.0, 18.0, 22.0 })
            {
                data.Add(caption, gap, false);
                data.Add(caption, gap, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_picture_in_the_cell_under_the_caption_cell_is_the_signature(string caption, double gap, bool withSignature)
    {
        const double captionTop = 300;
        const double size = 6.5;
        var page = new PageBuilder()
            .SizedLine(40, 14, (180, "LETTER OF AUTHORIZATION"))
            .SizedLine(90, 8, (44, "Account holder"), (214, "Jane Doe"))
            .SizedLine(110, 8, (44, "Service address"), (214, "120 King St W, Toronto, ON M5H 1J9"))
            .SizedLine(150, 8, (44, "1"), (84, "(416) 320-4134"))
            .SizedLine(270, 8, (40, "I authorize the transfer of the numbers above and release Twilio from any liability."))
            .SizedLine(captionTop, size, (44, caption), (344, "Date"))
            .SizedLine(captionTop + size + gap + 14, 9, (344, "2026-11-24"));
        if (withSignature)
        {
            page.Image(new PageBox(60, captionTop + size + gap, 200, captionTop + size + gap + 30));
        }

        var document = DocumentReader.FromPages("loa.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(withSignature, document.Signed);
    }
}
