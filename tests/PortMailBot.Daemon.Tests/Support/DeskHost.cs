using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Intake;
using PortMailBot.TestData;
using Quartz;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>One instance of the daemon with its desk schedule running (Quartz as a hosted service, on the
/// clustered store when the settings say PostgreSQL), and nothing else: no poll, no IMAP.</summary>
internal sealed class DeskHost : IAsyncDisposable
{
    private readonly IHost _host;

    public DeskHost(Dictionary<string, string?> settings, TimeProvider clock, Action<IQuartzBuilder>? configure = null)
    {
        DataFolder = Directory.CreateTempSubdirectory("portmailbot-desk-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:HealthFile"] = Path.Combine(DataFolder, "health"),
            ["Mail:LocalFolder"] = Path.Combine(DataFolder, "mail"),
            ["Mail:TemplatesFolder"] = RepoPaths.Templates,
            ["Mail:ExamplesFolder"] = "",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(new TestOutputLoggerProvider()));
        builder.Services.AddSingleton(clock);
        builder.Services.AddIntake();
        builder.Services.AddSingleton<IRequestChecker, TestRequestChecker>();
        builder.Services.AddDaemon(builder.Configuration);
        builder.Services.AddDeskSchedule(builder.Configuration, configure);
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        _host = builder.Build();
    }

    public string DataFolder { get; }

    public IServiceProvider Services => _host.Services;

    public Task StartAsync(CancellationToken cancellationToken) => _host.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await _host.StopAsync(stop.Token);
        }

        _host.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
