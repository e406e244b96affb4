using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake;
using PortMailBot.TestData;
using PortMailBot.Web.Hosting;
using PortMailBot.Web.Security;

namespace PortMailBot.Web.Tests.Support;

/// <summary>The daemon's host as <c>run</c> builds it, with the console on a loopback port, over a real SQLite
/// file and the mail bed; one <see cref="RunOnceAsync"/> is one poll-and-send round.</summary>
internal sealed class ConsoleHost : IAsyncDisposable
{
    public const string OperatorPassword = "correct horse battery staple";

    private readonly IHost _host;

    private ConsoleHost(IHost host, string folder, string baseUrl)
    {
        _host = host;
        DataFolder = folder;
        BaseUrl = baseUrl;
    }

    public string DataFolder { get; }

    public string BaseUrl { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<ConsoleHost> StartAsync(ConsoleBed bed, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("portmailbot-web-").FullName;
        var port = PortMailBot.TestData.MailBedProcesses.FreePort();
        var baseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder, "portmailbot.db")}",
            ["Storage:HealthFile"] = Path.Combine(folder, "health"),
            ["Mail:LocalFolder"] = Path.Combine(folder, "mail"),
            ["Mail:TemplatesFolder"] = RepoPaths.Templates,
            ["Mail:ExamplesFolder"] = "",
            ["Mail:From"] = $"Twilio Porting <{ConsoleBed.Bot}>",
            ["Imap:Host"] = "127.0.0.1",
            ["Imap:Port"] = bed.ImapPort.ToString(CultureInfo.InvariantCulture),
            ["Imap:Security"] = "None",
            ["Imap:Username"] = ConsoleBed.Bot,
            ["Imap:Password"] = ConsoleBed.Password,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = bed.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Operators:Addresses:0"] = ConsoleBed.Operator,
            ["Operators:AllowUnauthenticated"] = "true",
            ["Web:Urls"] = baseUrl,
            ["Web:KeysFolder"] = Path.Combine(folder, "web-keys"),
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddIntake();
        builder.Services.AddDaemon(builder.Configuration);
        builder.Services.AddWebConsole(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<DaemonStore>().MigrateAsync(cancellationToken);
        await host.Services.GetRequiredService<OperatorAccounts>().SetPasswordHashAsync(
            ConsoleBed.Operator, OperatorPasswords.Hash(ConsoleBed.Operator, OperatorPassword), cancellationToken);
        await host.StartAsync(cancellationToken);
        return new ConsoleHost(host, folder, baseUrl);
    }

    public Task RunOnceAsync(CancellationToken cancellationToken) =>
        _host.Services.GetRequiredService<DaemonCycle>().RunAsync(ignoreBackoff: true, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
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
