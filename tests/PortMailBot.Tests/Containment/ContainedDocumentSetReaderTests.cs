using Microsoft.Extensions.DependencyInjection;
using PortMailBot.Containment;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Ocr;

namespace PortMailBot.Tests.Containment;

public sealed class ContainedDocumentSetReaderTests
{
    [Theory]
    [InlineData(2, 2, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(4, 2, 2)]
    [InlineData(3, 2, 2)]
    [InlineData(1, 4, 1)]
    public void Workers_share_the_configured_engine_pool_with_at_least_one_each(int poolSize, int workers, int expected) =>
        Assert.Equal(expected, ContainedDocumentSetReader.EnginesPerWorker(poolSize, workers));

    [Fact]
    public void An_unset_pool_is_one_engine_per_core_shared_by_the_workers() =>
        Assert.Equal(Math.Max(1, (Environment.ProcessorCount + 1) / 2), ContainedDocumentSetReader.EnginesPerWorker(0, 2));

    [Fact]
    public void With_containment_the_checking_process_never_makes_the_ocr_engine()
    {
        using var host = PortMailBotHost.CreateBuilder().Build();

        _ = host.Services.GetRequiredService<IntakePipeline>();

        Assert.IsType<ContainedDocumentSetReader>(host.Services.GetRequiredService<IDocumentSetReader>());
        Assert.False(Assert.IsType<DeferredOcrEngine>(host.Services.GetRequiredService<IOcrEngine>()).IsCreated);
    }
}
