using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Freed native memory goes back only when the process has grown by the headroom since the last time.</summary>
public sealed class NativeMemoryTrimmerTests
{
    private const long Megabyte = 1024 * 1024;

    [Fact]
    public void It_trims_once_the_process_has_grown_by_the_headroom_and_not_again_until_it_grows_again()
    {
        var resident = 300 * Megabyte;
        var trimmer = new NativeMemoryTrimmer(64, () => resident);

        Assert.True(trimmer.TrimIfGrown());

        resident += 60 * Megabyte;
        Assert.False(trimmer.TrimIfGrown());

        resident += 10 * Megabyte;
        Assert.True(trimmer.TrimIfGrown());
        Assert.Equal(2, trimmer.Trims);
    }

    [Fact]
    public void A_headroom_of_zero_never_trims()
    {
        var trimmer = new NativeMemoryTrimmer(0, () => 4096 * Megabyte);

        Assert.False(trimmer.TrimIfGrown());
        Assert.Equal(0, trimmer.Trims);
    }

    [Fact]
    public void A_negative_headroom_is_refused_by_the_options()
    {
        var problems = new OcrOptions { MemoryHeadroomMegabytes = -1 }.Problems();

        Assert.Contains(problems, p => p.Contains("MemoryHeadroomMegabytes", StringComparison.Ordinal));
    }
}
