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
    public void Warming_up_all_loads_every_engine_of_the_pool_once_and_pages_then_reuse_them()
    {
        using var engine = fixture.Create(new OcrOptions { PoolSize = 2 });
        var cancellation = TestContext.Current.CancellationToken;

        engine.WarmUpAll(cancellation);
        Assert.Equal(2, engine.EnginesCreated);

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellation }, _ =>
            Assert.Contains("NADIA KOWALSKI", PageText.Of(engine.RecognizeImage(TestScans.ExampleCsr, cancellation)), StringComparison.Ordinal));
        Assert.Equal(2, engine.EnginesCreated);
    }

    [Fact]
    public void Pages_expected_in_one_language_are_read_with_its_model_and_the_engines_reused()
    {
        var csr = TestScans.ExampleCsr;
        using var engine = fixture.Create(new OcrOptions { PoolSize = 1, ModelPerLanguage = true });
        var cancellation = TestContext.Current.CancellationToken;

        var english = PageText.Of(engine.RecognizeImage(csr, "en", cancellation));
        _ = engine.RecognizeImage(csr, null, cancellation);
        var englishAgain = PageText.Of(engine.RecognizeImage(csr, "en", cancellation));

        Assert.Equal(2, engine.EnginesCreated);
        Assert.Contains("NADIA KOWALSKI", english, StringComparison.Ordinal);
        Assert.Equal(english, englishAgain);
    }

    [Fact]
    public void Engines_of_other_models_make_room_past_two_per_slot()
    {
        var csr = TestScans.ExampleCsr;
        using var engine = fixture.Create(new OcrOptions { PoolSize = 1, ModelPerLanguage = true });
        var cancellation = TestContext.Current.CancellationToken;

        foreach (var language in new[] { "en", "fr", null, "en", null })
        {
            _ = engine.RecognizeImage(csr, language, cancellation);
        }

        // eng, fra, then eng+fra in place of eng, eng in place of fra; the last eng+fra is reused.
        Assert.Equal(4, engine.EnginesCreated);
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
