using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr;

public static class OcrServiceCollectionExtensions
{
    /// <summary>Tesseract as the intake engine's OCR engine, configured from the <c>Ocr</c> section.
    /// Where the native libraries or models are missing, the unavailable engine stays, with a warning:
    /// scanned attachments are then reported unreadable rather than the daemon failing. The engine is made
    /// on its first use (<see cref="DeferredOcrEngine"/>), so a process whose pages are read by a document
    /// worker never loads it.</summary>
    public static IServiceCollection AddOcr(this IServiceCollection services)
    {
        services.AddOptions<OcrOptions>()
            .BindConfiguration(OcrOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OcrOptions>, OcrOptionsValidator>();
        services.AddSingleton<IOcrEngine>(sp => new DeferredOcrEngine(() => CreateEngine(sp)));
        services.AddHealthChecks().AddCheck<OcrHealthCheck>("ocr");
        return services;
    }

    private static IOcrEngine CreateEngine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<OcrOptions>>().Value;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(OcrServiceCollectionExtensions).FullName!);
        var reason = TesseractOcrEngine.Unavailability(options);
        if (reason is not null)
        {
            logger?.LogWarning("OCR is unavailable, scanned attachments will be reported unreadable: {Reason}", reason);
            return new UnavailableOcrEngine();
        }

        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var engine = new TesseractOcrEngine(options, time);
        if (logger is not null && logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("OCR: Tesseract {Languages}, {PoolSize} engines", options.Languages, engine.PoolSize);
        }
        return engine;
    }

    /// <summary>Names every problem in the section at start-up instead of one generic failure.</summary>
    private sealed class OcrOptionsValidator : IValidateOptions<OcrOptions>
    {
        public ValidateOptionsResult Validate(string? name, OcrOptions options)
        {
            var problems = options.Problems();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
