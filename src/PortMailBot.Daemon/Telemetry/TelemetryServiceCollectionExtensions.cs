using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace PortMailBot.Daemon.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The <c>Telemetry</c> section (validated at start) and, when an OTLP endpoint is set
    /// (<c>Telemetry:OtlpEndpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), OpenTelemetry exporting the
    /// <c>PortMailBot</c> meter and activity source there. Without one nothing is collected or sent.</summary>
    public static IServiceCollection AddDaemonTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        var endpoint = section[nameof(TelemetryOptions.OtlpEndpoint)];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(section[nameof(TelemetryOptions.ServiceName)] is { Length: > 0 } name ? name : "portmailbot"))
            .WithMetrics(m => m.AddMeter(DaemonTelemetry.Name).AddOtlpExporter())
            .WithTracing(t => t.AddSource(DaemonTelemetry.Name).AddOtlpExporter());

        // The exporters' settings from the validated section (the standard OTEL_* variables otherwise).
        services.AddOptions<OtlpExporterOptions>().Configure<IOptions<TelemetryOptions>>((otlp, telemetry) =>
        {
            var options = telemetry.Value;
            if (Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri))
            {
                otlp.Endpoint = uri;
            }

            if (options.OtlpProtocol == "HttpProtobuf")
            {
                otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
            }
        });
        return services;
    }
}
