using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Erasing a form's rules before recognition: thin long runs go, text-sized strokes and solid areas stay.</summary>
public sealed class RuleRemovalTests
{
    private const int Width = 600;
    private const int Height = 400;
    private const byte Paper = 230;

    [Fact]
    public void A_thin_underline_is_erased_to_the_paper_and_the_page_itself_is_left_alone()
    {
        var pixels = Page();
        Fill(pixels, 50, 200, 500, 2, 90);
        using var page = GreyPix.ToPix(pixels, Width, Height);

        using var cleaned = Remove(page);

        Assert.Equal(Paper, At(cleaned, 300, 201));
        Assert.Equal(Paper, At(cleaned, 300, 199));
        Assert.Equal(90, At(page, 300, 201));
    }

    [Fact]
    public void A_long_cell_border_is_erased()
    {
        var pixels = Page();
        Fill(pixels, 100, 20, 2, 360, 40);
        using var page = GreyPix.ToPix(pixels, Width, Height);

        using var cleaned = Remove(page);

        Assert.Equal(Paper, At(cleaned, 101, 200));
    }

    [Fact]
    public void Letter_strokes_and_a_solid_band_are_kept()
    {
        var pixels = Page();
        Fill(pixels, 40, 40, 20, 3, 20);
        Fill(pixels, 40, 40, 3, 30, 20);
        Fill(pixels, 20, 300, 560, 60, 60);
        Fill(pixels, 200, 100, 300, 2, 90);
        using var page = GreyPix.ToPix(pixels, Width, Height);

        using var cleaned = Remove(page);

        Assert.Equal(20, At(cleaned, 50, 41));
        Assert.Equal(20, At(cleaned, 41, 60));
        Assert.Equal(60, At(cleaned, 300, 330));
        Assert.Equal(Paper, At(cleaned, 300, 100));
    }

    [Fact]
    public void A_run_just_shorter_than_a_rule_is_kept_and_one_just_longer_is_erased()
    {
        var pixels = Page();
        Fill(pixels, 10, 100, 50, 2, 40);
        Fill(pixels, 10, 200, 70, 2, 40);
        using var page = GreyPix.ToPix(pixels, Width, Height);

        using var cleaned = Remove(page);

        Assert.Equal(40, At(cleaned, 30, 100));
        Assert.Equal(Paper, At(cleaned, 30, 200));
    }

    [Fact]
    public void A_page_without_rules_is_returned_as_it_is_without_a_copy()
    {
        var pixels = Page();
        Fill(pixels, 40, 40, 20, 20, 20);
        using var page = GreyPix.ToPix(pixels, Width, Height);

        using var cleaned = Remove(page);

        Assert.True(SameData(page, cleaned));
    }

    [Theory]
    [InlineData(600, 400)]
    [InlineData(333, 97)]
    public void Painting_under_a_mask_gives_exactly_what_leptonica_gives(int width, int height)
    {
        var pixels = TestPages.Noise(width, height, seed: width);
        var random = new Random(width + 1);
        var maskPixels = new byte[width * height];
        for (var i = 0; i < maskPixels.Length; i++)
        {
            maskPixels[i] = random.Next(10) == 0 ? (byte)0 : (byte)255;
        }

        using var ours = GreyPix.ToPix(pixels, width, height);
        using var theirs = GreyPix.ToPix(pixels, width, height);
        using var maskGrey = GreyPix.ToPix(maskPixels, width, height);
        using var mask = PixHandle.FromNative(Leptonica.ThresholdToBinary(maskGrey.Pointer, 128))!;

        RuleRemoval.PaintMasked(ours, mask, Paper);
        _ = Leptonica.SetMasked(theirs.Pointer, mask.Pointer, Paper);

        TestPages.AssertSamePixels(theirs, ours);
        Assert.Equal(Paper, At(ours, Array.IndexOf(maskPixels, (byte)0) % width, Array.IndexOf(maskPixels, (byte)0) / width));
    }

    private static unsafe bool SameData(PixHandle first, PixHandle second) =>
        Leptonica.GetData(first.Pointer) == Leptonica.GetData(second.Pointer);

    private static PixHandle Remove(PixHandle page) => RuleRemoval.Remove(page, GreyHistogram.Of(page));

    private static int At(PixHandle pix, int x, int y)
    {
        Assert.Equal(0, Leptonica.GetPixel(pix.Pointer, x, y, out var value));
        return (int)value;
    }

    private static byte[] Page()
    {
        var pixels = new byte[Width * Height];
        Array.Fill(pixels, Paper);
        return pixels;
    }

    private static void Fill(byte[] pixels, int left, int top, int width, int height, byte value)
    {
        for (var y = top; y < top + height; y++)
        {
            Array.Fill(pixels, value, (y * Width) + left, width);
        }
    }
}
