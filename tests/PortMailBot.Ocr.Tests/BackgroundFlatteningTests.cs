using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr.Tests;

/// <summary>The shipped example's scanned LOA, CSR and bill, faded as a light photocopy, made into phone photos:
/// lit from one side, the far side's paper dimmed to about half, a dark table around the sheet, 150 dpi, JPEG. One global threshold
/// took the shaded half for ink; each document must still be classified and give its fields.</summary>
public sealed class BackgroundFlatteningTests(OcrEngineFixture fixture)
{
    /// <summary>A light photocopy's grey ink on off-white paper.</summary>
    private static readonly (int Ink, int Paper) Faded = (110, 240);

    [Theory]
    [InlineData("LOA.jpg", DocumentKind.Loa, "left", 0.5)]
    [InlineData("CSR.jpg", DocumentKind.Csr, "top", 0.45)]
    [InlineData("Bill.jpg", DocumentKind.Bill, "right", 0.5)]
    [InlineData("Bill.jpg", DocumentKind.Bill, "bottom", 0.5)]
    public void An_unevenly_lit_phone_photo_is_classified_and_gives_its_fields(string fileName, DocumentKind kind, string lightFrom, double farLight)
    {
        var photo = ImageTransforms.PhotoJpeg(ExampleScan.Attachment(fileName), sourceDpi: 200, dpi: 150, Faded, lightFrom, farLight, quality: 40);

        var pages = fixture.Engine.RecognizeImage(photo, TestContext.Current.CancellationToken);

        ExampleScan.AssertKeyFields(fileName, kind, pages);
    }

    [Theory]
    [InlineData("left", 0.5)]
    [InlineData("right", 0.6)]
    [InlineData("top", 0.45)]
    [InlineData("bottom", 0.55)]
    public void Paper_lit_unevenly_is_brought_to_one_level_and_evenly_lit_pages_are_left_alone(string lightFrom, double farLight)
    {
        var bill = ExampleScan.Attachment("Bill.jpg");
        using var photo = EncodedImage.DecodePage(ImageTransforms.PhotoJpeg(bill, sourceDpi: 200, dpi: 150, Faded, lightFrom, farLight, quality: 40), 0);
        using var clear = EncodedImage.DecodePage(bill, 0);
        using var faint = EncodedImage.DecodePage(ImageTransforms.HardScanJpeg(bill, sourceDpi: 200, dpi: 150, degrees: 3, inkLevel: 125, paperLevel: 195, quality: 30), 0);

        using var flattened = BackgroundFlattening.Flattened(photo, 150, bilevel: false);

        Assert.True(BackgroundFlattening.PaperSpread(photo) >= BackgroundFlattening.UnevenSpread, "the photo's paper varies");
        Assert.NotNull(flattened);
        Assert.True(BackgroundFlattening.PaperSpread(flattened) < BackgroundFlattening.UnevenSpread / 2, "the flattened paper lies at one level");
        Assert.Null(BackgroundFlattening.Flattened(clear, 200, bilevel: false));
        Assert.Null(BackgroundFlattening.Flattened(faint, 150, bilevel: false));
        Assert.Null(BackgroundFlattening.Flattened(photo, 150, bilevel: true));
    }
}
