using System.Buffers.Binary;
using System.Diagnostics;
using PortMailBot.Intake.Documents;
using PortMailBot.TestData;

namespace PortMailBot.Ocr.Tests;

/// <summary>Bad input is refused with <see cref="DocumentUnreadableException"/>, quickly, never a crash.</summary>
public sealed class BoundsTests(OcrEngineFixture fixture)
{
    [Fact]
    public void A_decompression_bomb_png_is_refused_from_its_header()
    {
        var bomb = PngFiles.Claiming(30_000, 30_000);
        var watch = Stopwatch.StartNew();

        var refused = Assert.Throws<DocumentUnreadableException>(() => fixture.Engine.RecognizeImage(bomb, TestContext.Current.CancellationToken));

        Assert.Contains("30000x30000", refused.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_huge_gif_is_refused_from_its_header()
    {
        byte[] gif = [.. "GIF89a"u8, 0x60, 0xEA, 0x60, 0xEA, 0x80, 0, 0, .. new byte[32]];

        var refused = Assert.Throws<DocumentUnreadableException>(() => fixture.Engine.RecognizeImage(gif, TestContext.Current.CancellationToken));

        Assert.Contains("60000x60000", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(5000)]
    public void Corrupt_bytes_are_unreadable(int length)
    {
        var random = new Random(length);
        var bytes = new byte[length];
        random.NextBytes(bytes);

        Assert.Throws<DocumentUnreadableException>(() => fixture.Engine.RecognizeImage(bytes, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_truncated_jpeg_or_png_never_throws_anything_else()
    {
        var jpeg = TestScans.ExampleLoa;
        var png = ImageTransforms.ScaledPng(TestScans.ExampleCsr, 1f, 200);
        foreach (var broken in new[] { jpeg[..600], png[..200], png[..(png.Length / 2)], Damaged(png) })
        {
            try
            {
                _ = fixture.Engine.RecognizeImage(broken, TestContext.Current.CancellationToken);
            }
            catch (DocumentUnreadableException)
            {
                // Refused: as it should be when nothing can be decoded.
            }
        }
    }

    [Fact]
    public void A_tiff_with_too_many_pages_is_refused()
    {
        var bill = TestScans.FaxBill;
        using var engine = fixture.Create(new OcrOptions { MaxPagesPerDocument = 1, PoolSize = 1 });

        var refused = Assert.Throws<DocumentUnreadableException>(() => engine.RecognizeImage(bill, TestContext.Current.CancellationToken));

        Assert.Contains("more than 1 pages", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_over_its_time_is_abandoned()
    {
        var loa = TestScans.ExampleLoa;
        using var engine = fixture.Create(new OcrOptions { PageTimeout = TimeSpan.FromMilliseconds(50), PoolSize = 1 });

        var refused = Assert.Throws<DocumentUnreadableException>(() => engine.RecognizeImage(loa, TestContext.Current.CancellationToken));

        Assert.Contains("longer than", refused.Message, StringComparison.Ordinal);
        // The engine is still usable afterwards.
        using var patient = fixture.Create(new OcrOptions { PoolSize = 1 });
        Assert.NotEmpty(Assert.Single(patient.RecognizeImage(loa, TestContext.Current.CancellationToken)).Words);
    }

    [Fact]
    public void Cancellation_is_not_an_unreadable_document()
    {
        var loa = TestScans.ExampleLoa;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => fixture.Engine.RecognizeImage(loa, cancelled.Token));
    }

    private static byte[] Damaged(byte[] png)
    {
        var copy = png.ToArray();
        for (var i = copy.Length / 3; i < copy.Length / 3 + 400 && i < copy.Length; i++)
        {
            copy[i] ^= 0x5A;
        }

        return copy;
    }
}
