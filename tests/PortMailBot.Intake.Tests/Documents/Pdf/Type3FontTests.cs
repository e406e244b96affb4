using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Documents.Pdf;

/// <summary>A text-layer document set in a Type 3 font (what a browser's PDF engine writes for a font it cannot embed):
/// PdfPig gives its words flat boxes on the baseline, and the reader must still build its lines and read its fields.</summary>
public sealed class Type3FontTests
{
    public static TheoryData<bool, double, double> Layouts => new()
    {
        { false, 10, 14 },
        { true, 10, 14 },
        { true, 9, 12 },
        { true, 12, 18 },
        { true, 8, 11 },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void An_loa_set_in_a_type_3_font_is_read_like_any_other(bool type3, double size, double leading)
    {
        var y = 700.0;
        double Next() => y -= leading;
        double Gap() => y -= 2 * leading;
        var pdf = new MinimalPdf(type3)
            .Text(180, 740, size + 5, "LETTER OF AUTHORIZATION")
            .Text(40, Next(), size, "I authorize Twilio to port the telephone numbers listed below from my current provider.")
            .Text(40, Gap(), size, "Customer name: Megan Ouellet")
            .Text(40, Gap(), size, "Service address:")
            .Text(40, Next(), size, "1457 Bayfield St")
            .Text(40, Next(), size, "Barrie, ON L4M 8G1")
            .Text(40, Gap(), size, "Numbers to port: (705) 323-6240, 705 646 2439")
            .Path("40 300 m 300 300 l S 1.2 w 60 308 m 80 335 100 305 120 320 c 120 320 m 140 340 140 304 160 316 c 160 316 m 160 330 80 326 100 310 c S")
            .Text(40, 290, size - 2, "Authorized signature");

        var document = new DocumentReader(new UnavailableOcrEngine())
            .Read(new AttachmentFile("letter.pdf", "application/pdf", pdf.Build()), TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains("Megan Ouellet", document.Names);
        Assert.Equal("L4M 8G1", document.ServiceAddress?.PostalCode);
        Assert.Equal("Barrie", document.ServiceAddress?.City);
        Assert.Equal(["+17053236240", "+17056462439"], document.PhoneNumbers.Order(StringComparer.Ordinal));
        Assert.True(document.Signed);
    }
}
