using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr.Tests;

public sealed class OcrOptionsTests(OcrEngineFixture fixture)
{
    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(new OcrOptions().Problems());

    [Theory]
    [InlineData(true, "eng+fra", "en", "eng")]
    [InlineData(true, "eng+fra", "fr", "fra")]
    [InlineData(true, "eng+fra", null, "eng+fra")]
    [InlineData(true, "eng+fra", "de", "eng+fra")]
    [InlineData(true, "eng", "fr", "eng")]
    [InlineData(false, "eng+fra", "en", "eng+fra")]
    public void Models_for_a_language_is_its_configured_model_else_every_model(bool modelPerLanguage, string languages, string? language, string expected) =>
        Assert.Equal(expected, new OcrOptions { Languages = languages, ModelPerLanguage = modelPerLanguage }.ModelsFor(language));

    [Fact]
    public void Every_bad_setting_is_named()
    {
        var options = new OcrOptions
        {
            Languages = "eng+../x",
            PoolSize = -1,
            MaxPagesPerDocument = 0,
            MaxPixelsPerPage = 1,
            PageTimeout = TimeSpan.Zero,
            UpscaleBelowDpi = 900,
        };

        var problems = options.Problems();

        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("Ocr:Languages", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Ocr:PageTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_ocr_registers_tesseract_from_the_ocr_section()
    {
        _ = fixture.Engine;
        using var services = Services(new() { ["Ocr:PoolSize"] = "1", ["Ocr:MaxPagesPerDocument"] = "5" });

        var engine = services.GetRequiredService<IOcrEngine>();

        var deferred = Assert.IsType<DeferredOcrEngine>(engine);
        Assert.False(deferred.IsCreated);
        Assert.True(engine.IsAvailable);
        Assert.IsType<TesseractOcrEngine>(deferred.Engine);
        Assert.Equal(5, services.GetRequiredService<IOptions<OcrOptions>>().Value.MaxPagesPerDocument);
    }

    [Fact]
    public void Add_ocr_falls_back_to_the_unavailable_engine_without_models()
    {
        using var services = Services(new() { ["Ocr:TessdataPath"] = Path.Combine(Path.GetTempPath(), "no-tessdata-" + Guid.NewGuid().ToString("N")) });

        var engine = services.GetRequiredService<IOcrEngine>();

        Assert.False(engine.IsAvailable);
        Assert.IsType<UnavailableOcrEngine>(Assert.IsType<DeferredOcrEngine>(engine).Engine);
    }

    [Fact]
    public void An_invalid_section_fails_validation()
    {
        using var services = Services(new() { ["Ocr:MaxPagesPerDocument"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OcrOptions>>().Value);

        Assert.Contains(failure.Failures, f => f.Contains("MaxPagesPerDocument", StringComparison.Ordinal));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddOcr();
        return services.BuildServiceProvider();
    }
}
