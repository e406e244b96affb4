using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Our upscaling gives leptonica's pixels to the bit, or hands the work to leptonica.</summary>
public sealed class GreyUpscalingTests
{
    [Theory]
    [InlineData(1.5f)]
    [InlineData(1.4f)]
    [InlineData(1.6666666f)]
    [InlineData(2.5f)]
    [InlineData(3.125f)]
    public void A_noisy_page_of_odd_size_scales_to_exactly_leptonicas_pixels(float factor)
    {
        using var page = GreyPix.ToPix(TestPages.Noise(301, 203, seed: 7), 301, 203);

        AssertSameAsLeptonica(page, factor);
    }

    [Fact]
    public void A_200_dpi_scan_scales_to_300_dpi_exactly_as_leptonica_does()
    {
        using var decoded = EncodedImage.DecodePage(TestScans.ExampleLoa, 0);
        using var grey = PagePreparation.ToSquareGrey(decoded);

        AssertSameAsLeptonica(grey, 1.5f);
    }

    [Fact]
    public void Factors_where_leptonica_sharpens_or_has_its_own_path_are_left_to_it()
    {
        using var page = GreyPix.ToPix(TestPages.Noise(64, 48, seed: 3), 64, 48);

        AssertSameAsLeptonica(page, 1.2f);
        AssertSameAsLeptonica(page, 2f);
    }

    private static void AssertSameAsLeptonica(PixHandle page, float factor)
    {
        using var ours = GreyUpscaling.Scale(page, factor);
        using var theirs = PixHandle.FromNative(Leptonica.Scale(page.Pointer, factor, factor))!;

        TestPages.AssertSamePixels(theirs, ours);
    }
}
