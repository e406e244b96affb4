using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Large buffers are kept for the next request of about their size, within the capacity.</summary>
public sealed unsafe class ImageBufferPoolTests
{
    private const uint Megabyte = 1024 * 1024;

    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(100_000)]
    [InlineData(8_415_000)]
    [InlineData(8_500_000)]
    [InlineData(19_000_000)]
    public void A_size_class_holds_the_size_with_at_most_an_eighth_more(long size)
    {
        var rounded = ImageBufferPool.SizeClass(size);

        Assert.InRange(rounded, size, Math.Max(size + (64 * 1024), (long)(size * 1.125)));
        Assert.Equal(0, rounded % (64 * 1024));
    }

    [Fact]
    public void A_returned_buffer_serves_the_next_page_of_about_its_size()
    {
        var pool = new ImageBufferPool(64L * Megabyte);
        var first = pool.Rent(8_400_000);
        pool.Return(first);

        var second = pool.Rent(8_350_000);

        Assert.Equal((nint)first, (nint)second);
        Assert.Equal(1, pool.Reused);
        Assert.Equal(1, pool.Allocated);
        pool.Return(second);
        pool.Clear();
        Assert.Equal(0, pool.FreeBytes);
    }

    [Fact]
    public void A_small_image_does_not_take_a_page_sized_buffer()
    {
        var pool = new ImageBufferPool(64L * Megabyte);
        var page = pool.Rent(8_400_000);
        pool.Return(page);

        var small = pool.Rent(1_000_000);

        Assert.NotEqual((nint)page, (nint)small);
        Assert.Equal(0, pool.Reused);
        pool.Return(small);
        pool.Clear();
    }

    [Fact]
    public void Beyond_the_capacity_the_oldest_buffers_are_freed()
    {
        var pool = new ImageBufferPool(20L * Megabyte);
        var buffers = Enumerable.Range(0, 3).Select(_ => (nint)pool.Rent(8 * Megabyte)).ToList();

        foreach (var buffer in buffers)
        {
            pool.Return((void*)buffer);
        }

        Assert.InRange(pool.FreeBytes, 16L * Megabyte, 20L * Megabyte);
        Assert.Equal((nint)buffers[2], (nint)pool.Rent(8 * Megabyte));
        pool.CapacityBytes = 0;
        Assert.Equal(0, pool.FreeBytes);
    }

    [Fact]
    public void A_pool_of_no_capacity_keeps_nothing_and_small_buffers_bypass_it()
    {
        var pool = new ImageBufferPool(0);
        pool.Return(pool.Rent(8 * Megabyte));
        pool.Return(pool.Rent(1024));

        Assert.Equal(0, pool.FreeBytes);
        Assert.Equal(1, pool.Allocated);
        Assert.Equal(0, pool.Reused);
    }
}

/// <summary>Leptonica, and Tesseract through it, allocate their images from the shared pool. Run alone:
/// the pool is process-wide, and another test's page could take the buffer this one expects back.</summary>
[Collection(typeof(ProcessWideAllocatorCollection))]
public sealed unsafe class PixBufferCacheTests(OcrEngineFixture ocr)
{
    [Fact]
    public void A_destroyed_page_image_gives_its_memory_to_the_next_one()
    {
        _ = ocr.Engine;
        var reused = PixBufferCache.Shared.Reused;

        var first = Leptonica.Create(2551, 3307, 8);
        var data = Leptonica.GetData(first);
        Leptonica.Destroy(ref first);
        var second = Leptonica.Create(2549, 3301, 8);

        Assert.Equal((nint)data, (nint)Leptonica.GetData(second));
        // The first may itself have reused an earlier page's buffer.
        Assert.InRange(PixBufferCache.Shared.Reused - reused, 1, 2);
        Leptonica.Destroy(ref second);
    }
}

[CollectionDefinition(DisableParallelization = true)]
public sealed class ProcessWideAllocatorCollection;
