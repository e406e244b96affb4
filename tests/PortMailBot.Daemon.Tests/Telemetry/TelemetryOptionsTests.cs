using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Tests.Telemetry;

public sealed class TelemetryOptionsTests
{
    [Fact]
    public void Every_problem_of_the_section_is_reported_at_once()
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { OtlpEndpoint = "collector:4317", OtlpProtocol = "udp", ServiceName = " " });

        Assert.True(result.Failed);
        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void Off_by_default_and_an_http_endpoint_is_accepted()
    {
        Assert.True(new TelemetryOptionsValidator().Validate(null, new TelemetryOptions()).Succeeded);
        Assert.True(new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { OtlpEndpoint = "http://127.0.0.1:4318", OtlpProtocol = "HttpProtobuf" }).Succeeded);
    }

    [Fact]
    public void The_exporters_are_added_only_with_an_endpoint()
    {
        static ServiceProvider Build(string? endpoint) => new ServiceCollection()
            .AddLogging()
            .AddDaemonTelemetry(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = endpoint }).Build())
            .BuildServiceProvider();

        using var on = Build("http://127.0.0.1:4317");
        Assert.NotNull(on.GetService<MeterProvider>());
        Assert.NotNull(on.GetService<TracerProvider>());
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is null)
        {
            using var off = Build(null);
            Assert.Null(off.GetService<MeterProvider>());
            Assert.Null(off.GetService<TracerProvider>());
        }
    }
}
