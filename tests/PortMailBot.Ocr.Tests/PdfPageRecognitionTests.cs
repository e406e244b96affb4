using PortMailBot.Intake.Documents.Pdf;
using UglyToad.PdfPig;

namespace PortMailBot.Ocr.Tests;

public sealed class PdfPageRecognitionTests(OcrEngineFixture fixture)
{
    [Fact]
    public void An_image_only_pdf_bill_reads_in_page_points()
    {
        var bill = TestScans.ImageOnlyPdf(TestScans.ExampleBill, TestScans.ExampleCsr);
        using var pdf = PdfDocument.Open(bill);
        var pdfPage = pdf.GetPage(1);
        Assert.Empty(pdfPage.Letters);

        using var scanned = ScannedPdf.Open(bill);
        var page = fixture.Engine.RecognizePdfPage(scanned.Page(1), TestContext.Current.CancellationToken);

        Assert.Equal(1, page.Number);
        Assert.Equal(pdfPage.Width, page.Width, 3);
        Assert.Equal(pdfPage.Height, page.Height, 3);
        var text = PageText.Of(page);
        Assert.Contains("NADIA KOWALSKI", text, StringComparison.Ordinal);
        Assert.Contains("Statement", text, StringComparison.Ordinal);
        Assert.All(page.Words, w =>
        {
            Assert.InRange(w.Box.Left, -1, page.Width + 1);
            Assert.InRange(w.Box.Bottom, -1, page.Height + 1);
        });

        // Layout is in points with a top-left origin: the letterhead is at the top of the page.
        var letterhead = page.Words.First(w => w.Text == "Statement");
        Assert.True(letterhead.Box.Top < page.Height / 3, $"'Statement' at {letterhead.Box}");
        Assert.True(letterhead.Box.Height is > 4 and < 40, "a word is a few points tall, not pixels");
        Assert.NotNull(page.Ink);
        Assert.True(page.Ink.DarkFraction(letterhead.Box) > 0.05);
    }

    [Fact]
    public void The_second_page_of_a_scanned_pdf_is_its_own()
    {
        var scan = TestScans.ImageOnlyPdf(TestScans.ExampleBill, TestScans.ExampleCsr);
        using var pdf = ScannedPdf.Open(scan);

        var page = fixture.Engine.RecognizePdfPage(pdf.Page(2), TestContext.Current.CancellationToken);

        Assert.Equal(2, page.Number);
        var text = PageText.Of(page);
        Assert.Contains("CUSTOMER SERVICE RECORD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("statement", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_page_without_an_image_is_rendered_with_pdftoppm()
    {
        var loa = TestScans.UnsignedLoaPdf;
        using var pdf = PdfDocument.Open(loa);
        var pdfPage = pdf.GetPage(1);
        Assert.Equal(0, pdfPage.NumberOfImages);
        var layerText = string.Join(' ', pdfPage.GetWords().Select(w => w.Text));

        using var scanned = ScannedPdf.Open(loa);
        var page = fixture.Engine.RecognizePdfPage(scanned.Page(1), TestContext.Current.CancellationToken);

        var ocrWords = page.Words.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        var layerWords = pdfPage.GetWords().Select(w => w.Text).Where(w => w.Length > 3 && w.All(char.IsLetter)).Distinct().ToList();
        Assert.NotEmpty(layerWords);
        var found = layerWords.Count(ocrWords.Contains);
        Assert.True(found >= layerWords.Count * 0.8, $"{found}/{layerWords.Count} of the text layer's words read: {layerText}");

        // The same word sits at the same place whether read from the text layer or by OCR.
        var layerWord = pdfPage.GetWords().First(w => w.Text.Length > 5 && ocrWords.Contains(w.Text));
        var ocrWord = page.Words.First(w => w.Text == layerWord.Text);
        Assert.Equal(layerWord.BoundingBox.Left, ocrWord.Box.Left, 3.0);
        Assert.Equal(pdfPage.Height - layerWord.BoundingBox.Top, ocrWord.Box.Top, 4.0);
    }
}
