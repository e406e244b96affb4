using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Documents.Reading;

namespace PortMailBot.Containment;

internal static class ContainmentServiceCollectionExtensions
{
    /// <summary>Documents read in contained worker processes (section <c>Containment</c>, validated at start),
    /// for <c>check</c> and the daemon alike; with <c>Containment:Enabled=false</c>, in this process.</summary>
    public static IServiceCollection AddContainment(this IServiceCollection services)
    {
        services.AddOptions<ContainmentOptions>().BindConfiguration(ContainmentOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContainmentOptions>, ContainmentOptionsValidator>();
        services.TryAddSingleton<ContainedDocumentSetReader>();
        services.Replace(ServiceDescriptor.Singleton<IDocumentSetReader>(sp =>
            sp.GetRequiredService<IOptions<ContainmentOptions>>().Value.Enabled
                ? sp.GetRequiredService<ContainedDocumentSetReader>()
                : sp.GetRequiredService<InProcessDocumentSetReader>()));
        return services;
    }

    private sealed class ContainmentOptionsValidator : IValidateOptions<ContainmentOptions>
    {
        public ValidateOptionsResult Validate(string? name, ContainmentOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
