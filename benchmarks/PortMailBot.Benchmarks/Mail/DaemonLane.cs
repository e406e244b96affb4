using PortMailBot.TestData;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortMailBot.Daemon;
using PortMailBot.Daemon.Dispatch;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake;
using PortMailBot.Ocr;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>The daemon's services built as <c>run</c> builds them (real engine, real IMAP inbox, real
/// SMTP sender, SQLite in a private folder), on one bot mailbox of the mail bed.</summary>
internal sealed class DaemonLane : IAsyncDisposable
{
    /// <summary>The dispatch's SMTP connections (<c>Smtp:Senders</c>) in the benchmark's lanes.</summary>
    public static int Senders => int.TryParse(Environment.GetEnvironmentVariable("PORTMAILBOT_BENCH_SENDERS"), out var n) && n > 0 ? n : 3;

    private readonly ServiceProvider _services;

    public DaemonLane(MailBed bed, string bot, string work, int maxRepliesPerSender, Dictionary<string, string?>? storage = null, string? name = null)
    {
        DataFolder = Path.Combine(work, "daemon-" + (name ?? bot));
        Directory.CreateDirectory(DataFolder);
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Imap:Host"] = "127.0.0.1",
            ["Imap:Port"] = bed.ImapPort.ToString(CultureInfo.InvariantCulture),
            ["Imap:Security"] = "None",
            ["Imap:Username"] = MailBed.Address(bot),
            ["Imap:Password"] = MailBed.Password,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = bed.SmtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:Senders"] = Senders.ToString(CultureInfo.InvariantCulture),
            ["Mail:From"] = $"Twilio Porting <{MailBed.Address(bot)}>",
            ["Mail:MaxRepliesPerSenderPerHour"] = maxRepliesPerSender.ToString(CultureInfo.InvariantCulture),
            ["Mail:MaxRepliesPerHour"] = Math.Max(200, maxRepliesPerSender).ToString(CultureInfo.InvariantCulture),
            ["Mail:TemplatesFolder"] = RepoPaths.Templates,
            ["Mail:LocalFolder"] = Path.Combine(DataFolder, "mail"),
            ["Mail:ExamplesFolder"] = "",
            ["Operators:Addresses:0"] = MailBed.Address("operator"),
            ["Operators:TrustedAuthServId"] = "mx.test.local",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(DataFolder, "portmailbot.db")}",
            ["Storage:HealthFile"] = Path.Combine(DataFolder, "health"),
        };
        foreach (var (key, value) in storage ?? [])
        {
            settings[key] = value;
        }

        // PORTMAILBOT_BENCH_SET="Poll:CommitAfter=00:00:00.1;Smtp:Senders=4": any daemon setting, to measure a lever.
        foreach (var pair in (Environment.GetEnvironmentVariable("PORTMAILBOT_BENCH_SET") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                settings[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Error).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOcr();
        services.AddIntake();
        services.AddDaemon(configuration);
        _services = services.BuildServiceProvider();
    }

    public string DataFolder { get; }

    public InboxPoller Poller => _services.GetRequiredService<InboxPoller>();

    public IRequestChecker Checker => _services.GetRequiredService<IRequestChecker>();

    public DaemonCycle Cycle => _services.GetRequiredService<DaemonCycle>();

    public OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();

    public ImapSession Session => _services.GetRequiredService<ImapSession>();

    public MailboxWatcher Watcher => _services.GetRequiredService<MailboxWatcher>();

    public DaemonStore Store => _services.GetRequiredService<DaemonStore>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
