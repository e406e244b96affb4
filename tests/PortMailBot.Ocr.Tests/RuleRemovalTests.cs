namespace PortMailBot.Ocr.Tests;

/// <summary>Erasing a form's rules before recognition: thin long runs go, text-sized strokes and solid areas stay.</summary>
public sealed class RuleRemovalTests
{
    private const int Width = 600;
    private const int Height = 400;

    [Fact]
    public void A_thin_underline_is_erased_to_the_paper()
    {
        var pixels = Page();
        Fill(pixels, 50, 200, 500, 2, 90);

        var cleaned = RuleRemoval.Remove(pixels, Width, Height);

        Assert.Equal(230, cleaned[(201 * Width) + 300]);
        Assert.Equal(90, pixels[(201 * Width) + 300]);
    }

    [Fact]
    public void A_long_cell_border_is_erased()
    {
        var pixels = Page();
        Fill(pixels, 100, 20, 2, 360, 40);

        var cleaned = RuleRemoval.Remove(pixels, Width, Height);

        Assert.Equal(230, cleaned[(200 * Width) + 101]);
    }

    [Fact]
    public void Letter_strokes_and_a_solid_band_are_kept()
    {
        var pixels = Page();
        Fill(pixels, 40, 40, 20, 3, 20);
        Fill(pixels, 40, 40, 3, 30, 20);
        Fill(pixels, 20, 300, 560, 60, 60);

        var cleaned = RuleRemoval.Remove(pixels, Width, Height);

        Assert.Equal(20, cleaned[(41 * Width) + 50]);
        Assert.Equal(20, cleaned[(60 * Width) + 41]);
        Assert.Equal(60, cleaned[(330 * Width) + 300]);
    }

    private static byte[] Page()
    {
        var pixels = new byte[Width * Height];
        Array.Fill(pixels, (byte)230);
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
