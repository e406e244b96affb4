using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake;

public static class IntakeServiceCollectionExtensions
{
    /// <summary>The intake engine. An OCR engine registered before (or after) this call replaces
    /// the unavailable one.</summary>
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.SectionName);
        services.TryAddSingleton<IOcrEngine, UnavailableOcrEngine>();
        services.AddSingleton<MailReader>();
        services.AddSingleton<RequestExtractor>();
        services.AddSingleton<DocumentReader>();
        services.AddSingleton<IntakePipeline>();
        return services;
    }
}
