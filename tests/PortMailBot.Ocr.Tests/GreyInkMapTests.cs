using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>The ink map counts exactly the pixels darker than its threshold, whatever the page's width.</summary>
public sealed class GreyInkMapTests
{
    [Theory]
    [InlineData(517, 389)]
    [InlineData(1203, 1601)]
    public void Every_region_counts_the_dark_pixels_a_pixel_by_pixel_count_finds(int width, int height)
    {
        var samples = TestPages.Noise(width, height, seed: width);
        using var page = GreyPix.ToPix(samples, width, height);

        var map = GreyInkMap.Build(page, GreyHistogram.Of(page), PageTransform.Identity);

        // Regions on the map's own grid (cells of this many pixels; the last ones stop at the page's edge).
        var cell = Math.Max(2, Math.Max(width, height) / 400);
        foreach (var (left, top, right, bottom) in new[] { (0, 0, width, height), (cell, 2 * cell, 7 * cell, 9 * cell), (((width / cell) - 3) * cell, ((height / cell) - 4) * cell, width, height) })
        {
            long dark = 0;
            for (var y = top; y < bottom; y++)
            {
                for (var x = left; x < right; x++)
                {
                    dark += samples[(y * width) + x] < map.Threshold ? 1 : 0;
                }
            }

            var expected = (double)dark / ((right - left) * (long)(bottom - top));
            Assert.Equal(expected, map.DarkFraction(new PageBox(left, top, right, bottom)), 12);
        }
    }
}
