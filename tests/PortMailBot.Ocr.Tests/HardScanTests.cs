using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr.Tests;

/// <summary>The shipped example's scanned LOA, CSR and bill (200 dpi) made into the hardest scans customers
/// send: 150 dpi, turned 3 degrees, faded to grey ink on grey paper, saved as JPEG quality 30. Each must
/// still be classified as what it is, and give its postal code, numbers and, for the bill, its date.</summary>
public sealed class HardScanTests(OcrEngineFixture fixture)
{
    [Theory]
    [InlineData("LOA.jpg", DocumentKind.Loa, 3.0)]
    [InlineData("CSR.jpg", DocumentKind.Csr, -3.0)]
    [InlineData("Bill.jpg", DocumentKind.Bill, 3.0)]
    public void A_faint_crooked_low_resolution_jpeg_is_classified_and_gives_its_fields(string fileName, DocumentKind kind, double degrees)
    {
        var hard = ImageTransforms.HardScanJpeg(ExampleScan.Attachment(fileName), sourceDpi: 200, dpi: 150, degrees, inkLevel: 125, paperLevel: 195, quality: 30);

        var pages = fixture.Engine.RecognizeImage(hard, TestContext.Current.CancellationToken);

        ExampleScan.AssertKeyFields(fileName, kind, pages);
    }

    [Fact]
    public void A_faint_page_is_stretched_to_black_ink_on_white_paper_and_a_clear_one_is_left_alone()
    {
        var hard = ImageTransforms.HardScanJpeg(ExampleScan.Attachment("Bill.jpg"), sourceDpi: 200, dpi: 150, degrees: 3, inkLevel: 125, paperLevel: 195, quality: 30);
        using var faint = EncodedImage.DecodePage(hard, 0);
        using var clear = EncodedImage.DecodePage(ExampleScan.Attachment("Bill.jpg"), 0);

        var stretch = ContrastStretch.Measure(GreyHistogram.Of(faint));
        var applied = ContrastStretch.Apply(faint);
        var after = GreyHistogram.Of(faint);

        Assert.NotNull(stretch);
        Assert.True(applied);
        Assert.InRange(stretch.Value.Black, 115, 160);
        Assert.InRange(stretch.Value.White, 170, 195);
        Assert.True(after.DarkLevel(ContrastStretch.InkFraction) <= 10, "the text's core is black");
        Assert.True(after.Paper >= 250, "the paper is white");
        Assert.Null(ContrastStretch.Measure(GreyHistogram.Of(clear)));
        Assert.False(ContrastStretch.Apply(clear));
    }
}
