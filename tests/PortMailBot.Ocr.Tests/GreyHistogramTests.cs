namespace PortMailBot.Ocr.Tests;

/// <summary>The histogram counts every pixel once, the padding of a row's last word never.</summary>
public sealed class GreyHistogramTests
{
    [Theory]
    [InlineData(301, 203)]
    [InlineData(256, 17)]
    public void Every_level_counts_the_pixels_of_that_level(int width, int height)
    {
        var samples = TestPages.Noise(width, height, seed: width + height);
        using var page = GreyPix.ToPix(samples, width, height);

        var histogram = GreyHistogram.Of(page);

        var expected = new long[256];
        foreach (var sample in samples)
        {
            expected[sample]++;
        }

        Assert.All(Enumerable.Range(0, 256), level => Assert.Equal(expected[level], histogram.Count((byte)level)));
    }

    [Fact]
    public void The_paper_is_the_most_common_level_and_ink_lies_below_the_otsu_level()
    {
        var samples = Enumerable.Repeat((byte)230, 100 * 50).ToArray();
        Array.Fill(samples, (byte)20, 0, 700);
        using var page = GreyPix.ToPix(samples, 100, 50);

        var histogram = GreyHistogram.Of(page);

        Assert.Equal(230, histogram.Paper);
        Assert.InRange(histogram.Otsu, 20, 229);
    }
}
