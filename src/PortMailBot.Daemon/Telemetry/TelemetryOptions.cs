using Microsoft.Extensions.Options;

namespace PortMailBot.Daemon.Telemetry;

/// <summary>Section <c>Telemetry</c>: where OpenTelemetry metrics and traces go. Off unless an endpoint is set here
/// or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The OTLP collector, such as <c>http://127.0.0.1:4317</c> (gRPC) or <c>http://127.0.0.1:4318</c> with <see cref="OtlpProtocol"/> <c>HttpProtobuf</c>.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary><c>Grpc</c> (default) or <c>HttpProtobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "Grpc";

    /// <summary>The <c>service.name</c> of the resource.</summary>
    public string ServiceName { get; set; } = "portmailbot";
}

/// <summary>Checks the <c>Telemetry</c> section, every problem at once.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (options.OtlpEndpoint.Length > 0
            && (!Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"Telemetry:OtlpEndpoint: '{options.OtlpEndpoint}' is not an http:// or https:// address.");
        }

        if (options.OtlpProtocol is not ("Grpc" or "HttpProtobuf"))
        {
            failures.Add("Telemetry:OtlpProtocol must be Grpc or HttpProtobuf.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            failures.Add("Telemetry:ServiceName must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
