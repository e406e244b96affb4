using Microsoft.Extensions.Diagnostics.HealthChecks;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr;

/// <summary>Degraded, not unhealthy, without OCR: text documents are still read.</summary>
internal sealed class OcrHealthCheck(IOcrEngine engine) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(engine.IsAvailable
            ? HealthCheckResult.Healthy("Tesseract is loaded")
            : HealthCheckResult.Degraded("no OCR engine: scanned attachments are reported unreadable"));
}
