using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>The daemon's services built as <c>run</c> builds them, over a private data folder; one
/// <see cref="RunOnceAsync"/> is one <c>run --once</c>.</summary>
internal sealed class DaemonHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public DaemonHarness(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null, List<string>? log = null)
    {
        DataFolder = Directory.CreateTempSubdirectory("portmailbot-daemon-").FullName;
        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "portmailbot.db")}",
            ["Storage:HealthFile"] = Path.Combine(DataFolder, "health"),
            ["Mail:LocalFolder"] = Path.Combine(DataFolder, "mail"),
            ["Mail:TemplatesFolder"] = RepoPaths.Templates,
            ["Mail:ExamplesFolder"] = "",
            ["Poll:RetryDelay"] = "00:00:01",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new TestOutputLoggerProvider(log)));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddIntake();
        services.AddSingleton<IRequestChecker, TestRequestChecker>();
        services.AddDaemon(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public string DataFolder { get; }

    public IServiceProvider Services => _services;

    public DaemonStore Store => _services.GetRequiredService<DaemonStore>();

    public async Task<CycleResult> RunOnceAsync(CancellationToken cancellationToken) =>
        await _services.GetRequiredService<DaemonCycle>().RunAsync(ignoreBackoff: true, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
