using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Tests.Support;

/// <summary>The intake engine exactly as the executable composes it (real OCR engine included).</summary>
public sealed class IntakeHost : IDisposable
{
    private readonly IHost _host = PortMailBotHost.CreateBuilder().Build();

    public IntakePipeline Pipeline => _host.Services.GetRequiredService<IntakePipeline>();

    public bool OcrAvailable => _host.Services.GetRequiredService<IOcrEngine>().IsAvailable;

    public void Dispose() => _host.Dispose();
}
