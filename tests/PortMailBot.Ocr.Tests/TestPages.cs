using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Synthetic pages for the pixel-exact tests, and the comparison they end with.</summary>
internal static class TestPages
{
    /// <summary>Random grey levels: every interpolation weight and edge case gets exercised.</summary>
    public static byte[] Noise(int width, int height, int seed)
    {
        var samples = new byte[width * height];
        new Random(seed).NextBytes(samples);
        return samples;
    }

    public static void AssertSamePixels(PixHandle expected, PixHandle actual)
    {
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        Assert.Equal(0, Leptonica.Equal(actual.Pointer, expected.Pointer, out var same));
        Assert.Equal(1, same);
    }
}
