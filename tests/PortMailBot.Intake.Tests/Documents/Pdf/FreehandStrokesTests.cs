using System.Globalization;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Documents.Pdf;

/// <summary>An LOA signed with pen strokes drawn as vector paths (e-signature and "fill and sign" tools): the strokes
/// above the signature line are its signature. Straight rules, a form's boxes and closed shapes are no signature.</summary>
public sealed class FreehandStrokesTests
{
    private static byte[] Loa(string caption, double left, string? drawing)
    {
        var pdf = new MinimalPdf()
            .Text(180, 740, 15, "LETTER OF AUTHORIZATION")
            .Text(40, 690, 9, "The undersigned authorizes Twilio to port the numbers listed below from the current provider.")
            .Text(42, 640, 10, "Jane Doe")
            .Text(41, 626, 6.5, "Subscriber name (print)")
            .Text(42, 600, 10, "120 King St W, Toronto, ON M5H 1J9")
            .Text(41, 586, 6.5, "Service address")
            .Text(42, 560, 10, "(416) 320-4134")
            .Path("40 420 m 340 420 l S 380 420 m 570 420 l S 36 300 540 60 re S")
            .Text(41, 412, 6.5, caption)
            .Text(382, 423, 10, "2026-11-24")
            .Text(381, 412, 6.5, "Date");
        if (drawing is not null)
        {
            pdf.Path(string.Format(CultureInfo.InvariantCulture, drawing, left, left + 20, left + 40, left + 60, left + 80, left + 100));
        }

        return pdf.Build();
    }

    /// <summary>Open strokes of curves above the line, as a pen draws them, at several places along it.</summary>
    private const string Scribble = "1.2 w {0} 428 m {1} 455 {2} 425 {3} 440 c {3} 440 m {4} 460 {4} 424 {5} 436 c {5} 436 m {5} 450 {1} 446 {2} 430 c S";

    /// <summary>A rounded box drawn with curves at its corners, closed: a form's frame, not a signature.</summary>
    private const string RoundedBox = "{0} 430 m {4} 430 l {5} 430 {5} 440 {5} 440 c {5} 460 l {5} 470 {4} 470 {4} 470 c {0} 470 l {0} 470 {0} 460 {0} 460 c {0} 440 l {0} 430 {0} 430 {0} 430 c h S";

    public static TheoryData<string, double, string?, bool> Cases()
    {
        var data = new TheoryData<string, double, string?, bool>();
        foreach (var caption in new[] { "Signature", "Signature of authorized subscriber", "Signature du titulaire" })
        {
            foreach (var left in new[] { 50.0, 120.0, 200.0 })
            {
                data.Add(caption, left, Scribble, true);
                data.Add(caption, left, RoundedBox, false);
                data.Add(caption, left, null, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pen_strokes_above_the_signature_line_sign_the_letter(string caption, double left, string? drawing, bool withSignature)
    {
        var file = new AttachmentFile("loa.pdf", "application/pdf", Loa(caption, left, drawing));

        var document = new DocumentReader(new UnavailableOcrEngine()).Read(file, TestContext.Current.CancellationToken);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(withSignature, document.Signed);
    }
}
