using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The intake engine. An OCR engine registered before (or after) this call replaces
    /// the unavailable one.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<IntakeOptions>, IntakeOptionsValidator>();
        services.TryAddSingleton<IOcrEngine, UnavailableOcrEngine>();
        services.AddSingleton<MailReader>();
        services.AddSingleton<RequestExtractor>();
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<InProcessDocumentSetReader>();
        services.TryAddSingleton<IDocumentSetReader>(sp => sp.GetRequiredService<InProcessDocumentSetReader>());
        services.AddSingleton<IntakePipeline>();
        return services;
    }

    /// <summary>Names every problem in the section at start-up.</summary>
    private sealed class IntakeOptionsValidator : IValidateOptions<IntakeOptions>
    {
        public ValidateOptionsResult Validate(string? name, IntakeOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
