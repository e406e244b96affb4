using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Walking each row's runs keeps exactly the pixels leptonica's opening by a horizontal line keeps.</summary>
public sealed class HorizontalRunsTests
{
    [Theory]
    [InlineData(60)]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(115)]
    [InlineData(126)]
    [InlineData(127)]
    [InlineData(200)]
    public void Long_runs_of_a_dense_random_page_are_exactly_leptonicas_opening(int length)
    {
        // Nine pixels in ten on: runs of every length up to a few hundred, at every bit offset and at
        // both edges; 1013 pixels wide, so the last word of each row is partly padding.
        var random = new Random(length);
        var grey = new byte[1013 * 301];
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = random.Next(30) == 0 ? (byte)255 : (byte)0;
        }

        using var page = GreyPix.ToPix(grey, 1013, 301);
        using var ink = PixHandle.FromNative(Leptonica.ThresholdToBinary(page.Pointer, 128))!;

        AssertSameAsLeptonica(ink, length);
    }

    [Theory]
    [InlineData("LOA.jpg")]
    [InlineData("Lettre d'autorisation.jpg")]
    public void The_rules_of_a_scanned_form_are_exactly_leptonicas_opening(string scan)
    {
        var bytes = scan == "LOA.jpg" ? TestScans.ExampleLoa : TestScans.FrenchLoa;
        using var decoded = EncodedImage.DecodePage(bytes, 0);
        using var grey = PagePreparation.ToSquareGrey(decoded);
        using var ink = PixHandle.FromNative(Leptonica.ThresholdToBinary(grey.Pointer, 170))!;

        AssertSameAsLeptonica(ink, Math.Max(60, Math.Min(grey.Width, grey.Height) / 22));
    }

    private static void AssertSameAsLeptonica(PixHandle ink, int length)
    {
        using var theirs = PixHandle.FromNative(Leptonica.OpenLongBrick(nint.Zero, ink.Pointer, length, 1))!;
        using var ours = HorizontalRuns.AtLeast(ink, length);

        Assert.Equal(0, Leptonica.Zero(theirs.Pointer, out var empty));
        Assert.Equal(0, empty);
        TestPages.AssertSamePixels(theirs, ours);
    }
}
