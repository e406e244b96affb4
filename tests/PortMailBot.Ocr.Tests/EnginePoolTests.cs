namespace PortMailBot.Ocr.Tests;

public sealed class EnginePoolTests(OcrEngineFixture fixture)
{
    [Fact]
    public void Parallel_pages_share_the_pool_and_read_alike()
    {
        var csr = TestScans.ExampleCsr;
        using var engine = fixture.Create(new OcrOptions { PoolSize = 2 });

        var texts = new string[6];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken }, i =>
            texts[i] = PageText.Of(engine.RecognizeImage(csr, TestContext.Current.CancellationToken)));

        Assert.Equal(2, engine.EnginesCreated);
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.Contains("NADIA KOWALSKI", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_disposed_engine_refuses_work()
    {
        var csr = TestScans.ExampleCsr;
        var engine = fixture.Create(new OcrOptions { PoolSize = 1 });
        engine.Dispose();

        Assert.Throws<ObjectDisposedException>(() => engine.RecognizeImage(csr, TestContext.Current.CancellationToken));
    }
}
