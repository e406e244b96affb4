using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Our area-map turn gives leptonica's pixels to the bit.</summary>
public sealed class GreyRotationTests
{
    [Theory]
    [InlineData(0.0015f)]
    [InlineData(-0.0015f)]
    [InlineData(0.021f)]
    [InlineData(-0.029f)]
    [InlineData(0.3f)]
    [InlineData(-1.2f)]
    public void A_noisy_page_of_odd_size_turns_to_exactly_leptonicas_pixels(float radians)
    {
        using var page = GreyPix.ToPix(TestPages.Noise(333, 211, seed: 11), 333, 211);

        AssertSameAsLeptonica(page, radians);
    }

    [Fact]
    public void A_crooked_scan_is_levelled_exactly_as_leptonica_levels_it()
    {
        using var decoded = EncodedImage.DecodePage(TestScans.ExampleLoa, 0);
        using var grey = PagePreparation.ToSquareGrey(decoded);
        var degrees = PagePreparation.MeasureSkew(grey);
        Assert.NotEqual(0, degrees);

        AssertSameAsLeptonica(grey, (float)(degrees * Math.PI / 180));
    }

    [Fact]
    public void A_turn_too_small_to_matter_gives_the_page_back_without_a_copy()
    {
        var samples = new byte[64 * 64];
        using var page = GreyPix.ToPix(samples, 64, 64);

        using var turned = GreyRotation.Turn(page, 0.0005f);

        Assert.True(SameData(page, turned));
    }

    private static unsafe bool SameData(PixHandle first, PixHandle second) =>
        Leptonica.GetData(first.Pointer) == Leptonica.GetData(second.Pointer);

    private static void AssertSameAsLeptonica(PixHandle page, float radians)
    {
        using var ours = GreyRotation.Turn(page, radians);
        using var theirs = PixHandle.FromNative(Leptonica.Rotate(page.Pointer, radians, Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0))!;

        TestPages.AssertSamePixels(theirs, ours);
    }
}
