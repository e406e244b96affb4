using Microsoft.Extensions.DependencyInjection;

namespace PortMailBot.Ocr;

public static class OcrServiceCollectionExtensions
{
    /// <summary>Tesseract as the intake engine's OCR engine. TODO(ocr): register the engine pool.</summary>
    public static IServiceCollection AddOcr(this IServiceCollection services) => services;
}
