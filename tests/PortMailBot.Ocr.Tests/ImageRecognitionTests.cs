namespace PortMailBot.Ocr.Tests;

/// <summary>Real scans (<see cref="TestScans"/>), read by the real engine.</summary>
public sealed class ImageRecognitionTests(OcrEngineFixture fixture)
{
    [Fact]
    public void A_scanned_loa_reads_its_names_and_number()
    {
        var pages = fixture.Engine.RecognizeImage(TestScans.ExampleLoa, TestContext.Current.CancellationToken);

        var page = Assert.Single(pages);
        var text = PageText.Of(page);
        Assert.Contains("AUTHORIZATION", text, StringComparison.Ordinal);
        Assert.Contains("Nadia", text, StringComparison.Ordinal);
        Assert.Contains("Kowalski", text, StringComparison.Ordinal);
        Assert.Contains("Queen", text, StringComparison.Ordinal);
        Assert.Contains("4162037781", PageText.Digits(text), StringComparison.Ordinal);
        Assert.True(page.FromOcr);
        Assert.Equal(1700, page.Width);
        Assert.Equal(2200, page.Height);
        Assert.All(page.Words, w =>
        {
            Assert.InRange(w.Confidence, 0, 1);
            Assert.InRange(w.Box.Left, 0, page.Width);
            Assert.InRange(w.Box.Bottom, 0, page.Height);
            Assert.True(w.Box.Right > w.Box.Left && w.Box.Bottom > w.Box.Top);
        });
        Assert.True(page.Words.Average(w => w.Confidence) > 0.8);
    }

    [Fact]
    public void A_french_loa_keeps_its_accents()
    {
        var text = PageText.Of(fixture.Engine.RecognizeImage(TestScans.FrenchLoa, TestContext.Current.CancellationToken));

        Assert.Contains("numéros", text, StringComparison.Ordinal);
        Assert.Contains("Étienne", text, StringComparison.Ordinal);
        Assert.Contains("Morin", text, StringComparison.Ordinal);
        Assert.Contains("4387948837", PageText.Digits(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_colour_photo_is_decoded_to_its_grey_channel_alone_and_reads()
    {
        var colour = ImageTransforms.ColourJpeg(TestScans.ExampleLoa);

        using (var decoded = EncodedImage.DecodePage(colour, 0))
        {
            Assert.Equal(8, decoded.Depth);
        }

        var text = PageText.Of(fixture.Engine.RecognizeImage(colour, TestContext.Current.CancellationToken));
        Assert.Contains("Nadia", text, StringComparison.Ordinal);
        Assert.Contains("4162037781", PageText.Digits(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_colormapped_png_csr_reads()
    {
        var csr = ImageTransforms.ColormappedPng(TestScans.ExampleCsr, 200);
        Assert.True(ImageTransforms.IsColormapped(csr));

        var text = PageText.Of(fixture.Engine.RecognizeImage(csr, TestContext.Current.CancellationToken));

        Assert.Contains("NADIA KOWALSKI", text, StringComparison.Ordinal);
        Assert.Contains("M5V 2A9", text, StringComparison.Ordinal);
        Assert.Contains("TORONTO", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_of_a_g4_fax_tiff_is_read()
    {
        var pages = fixture.Engine.RecognizeImage(TestScans.FaxBill, TestContext.Current.CancellationToken);

        Assert.Equal(2, pages.Count);
        Assert.Equal([1, 2], pages.Select(p => p.Number));
        Assert.All(pages, p => Assert.NotEmpty(p.Words));
        var text = PageText.Of(pages);
        Assert.Contains("Thompson", text, StringComparison.Ordinal);
        Assert.Contains("B3J 9R8", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(180)]
    [InlineData(90)]
    [InlineData(270)]
    public void A_page_scanned_turned_still_reads(int degrees)
    {
        var turned = ImageTransforms.TurnedPng(TestScans.ExampleCsr, degrees);

        var page = Assert.Single(fixture.Engine.RecognizeImage(turned, TestContext.Current.CancellationToken));

        var text = PageText.Of(page);
        Assert.Contains("NADIA KOWALSKI", text, StringComparison.Ordinal);
        Assert.Contains("M5V 2A9", text, StringComparison.Ordinal);
        // The page comes back upright: portrait, as the original.
        Assert.True(page.Height > page.Width, $"{page.Width}x{page.Height}");
    }

    [Fact]
    public void A_low_resolution_scan_is_upscaled_and_reads_in_its_own_pixels()
    {
        // The example's CSR is a 200-dpi scan; at 0.6 it is a 120-dpi scan, below the upscaling threshold.
        var small = ImageTransforms.ScaledPng(TestScans.ExampleCsr, 0.6f, 120);

        var page = Assert.Single(fixture.Engine.RecognizeImage(small, TestContext.Current.CancellationToken));

        var text = PageText.Of(page);
        Assert.Contains("NADIA KOWALSKI", text, StringComparison.Ordinal);
        Assert.Contains("TORONTO", text, StringComparison.Ordinal);
        Assert.Equal(1020, page.Width);
        Assert.All(page.Words, w => Assert.InRange(w.Box.Right, 0, page.Width + 1));
    }

    [Fact]
    public void The_ink_map_sees_printed_words_and_a_blank_margin()
    {
        var page = Assert.Single(fixture.Engine.RecognizeImage(TestScans.ExampleCsr, TestContext.Current.CancellationToken));

        Assert.NotNull(page.Ink);
        var title = page.Words.First(w => w.Text == "CUSTOMER");
        Assert.True(page.Ink.DarkFraction(title.Box) > 0.1, "ink under a printed word");
        var margin = new Intake.Documents.PageBox(0, page.Height * 0.3, page.Width * 0.02, page.Height * 0.7);
        Assert.True(page.Ink.DarkFraction(margin) < 0.01, "no ink in the left margin");
        Assert.Equal(0, page.Ink.DarkFraction(new Intake.Documents.PageBox(-100, -100, -50, -50)));
    }
}
