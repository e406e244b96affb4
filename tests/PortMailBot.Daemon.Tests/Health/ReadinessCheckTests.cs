using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Daemon.Tests.Tokens;
using PortMailBot.Daemon.Tokens;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Health;

/// <summary>The readiness checks for IMAP, SMTP, token renewal and the outbox, each healthy and unhealthy, on a
/// fake clock: they read what the daemon already knows and connect to SMTP only when nothing else did lately.</summary>
public sealed class ReadinessCheckTests
{
    private static readonly string[] MailChecks = ["imap", "smtp", "tokens", "outbox"];
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Imap_is_ready_after_a_contact_and_unhealthy_once_it_is_older_than_the_maximum()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(Start);
        var settings = Settings();
        settings["Imap:Host"] = "127.0.0.1";
        settings["Imap:Port"] = MailBedProcesses.Text(MailBedProcesses.FreePort());
        settings["Imap:Security"] = "None";
        settings["Imap:Username"] = "porting@example.com";
        settings["Imap:Password"] = "secret";
        await using var daemon = new DaemonHarness(settings, s => s.AddSingleton<TimeProvider>(time));

        Assert.Equal(HealthStatus.Degraded, (await CheckAsync(daemon, "imap", ct)).Status);
        daemon.Services.GetRequiredService<HealthSignal>().Succeeded(unsent: 0);
        time.Advance(TimeSpan.FromMinutes(9));
        var fresh = await CheckAsync(daemon, "imap", ct);
        time.Advance(TimeSpan.FromMinutes(2));
        var stale = await CheckAsync(daemon, "imap", ct);

        Assert.Equal(HealthStatus.Healthy, fresh.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
        Assert.Contains("no successful IMAP contact since 2026-11-28T14:00:00", stale.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_readiness_uses_the_latest_connection_and_probes_only_when_none_was_tried_lately()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(Start);
        var server = new CountingSender();
        await using var daemon = new DaemonHarness(SmtpSettings(MailBedProcesses.FreePort()), s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton<IMailSender>(server);
        });
        var reachability = daemon.Services.GetRequiredService<SmtpReachability>();

        // Nothing tried yet: one probe, then none while it is recent, however often readiness is asked.
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(daemon, "smtp", ct)).Status);
        time.Advance(TimeSpan.FromMinutes(4));
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => CheckAsync(daemon, "smtp", ct)));
        Assert.Equal(1, server.Connections);

        // A dispatch that could not connect: unhealthy at once, without a probe.
        reachability.Failed("Connection refused");
        var failed = await CheckAsync(daemon, "smtp", ct);
        Assert.Equal(HealthStatus.Unhealthy, failed.Status);
        Assert.Contains("Connection refused", failed.Description, StringComparison.Ordinal);
        Assert.Equal(1, server.Connections);

        // Quiet for longer than the interval: a probe, which succeeds, and it is ready again.
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(daemon, "smtp", ct)).Status);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task Smtp_readiness_is_unhealthy_when_the_real_sender_cannot_connect()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(SmtpSettings(MailBedProcesses.FreePort()), s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Start)));

        var result = await CheckAsync(daemon, "smtp", ct);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("the last SMTP connection failed, 2026-11-28T14:00:00", result.Description, StringComparison.Ordinal);
        Assert.True(daemon.Services.GetRequiredService<SmtpReachability>().Failing);
    }

    [Fact]
    public async Task Token_renewal_is_unhealthy_while_the_provider_refuses_and_healthy_once_it_renews()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var identity = new LocalIdentityProvider("porting@example.com") { RefuseGrants = true };
        var settings = Settings();
        settings["Imap:Host"] = "127.0.0.1";
        settings["Imap:Port"] = MailBedProcesses.Text(MailBedProcesses.FreePort());
        settings["Imap:Security"] = "None";
        settings["Imap:Username"] = "porting@example.com";
        settings["OAuth:Provider"] = "TokenEndpoint";
        settings["OAuth:TokenEndpoint"] = identity.TokenAddress;
        settings["OAuth:ClientId"] = LocalIdentityProvider.ClientId;
        settings["OAuth:ClientSecret"] = LocalIdentityProvider.ClientSecret;
        await using var daemon = new DaemonHarness(settings, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Start)));
        var source = daemon.Services.GetRequiredService<MailTokens>().Imap!;

        await Assert.ThrowsAsync<TokenAcquisitionException>(async () => await source.GetAsync(ct));
        var refused = await CheckAsync(daemon, "tokens", ct);
        identity.RefuseGrants = false;
        await source.GetAsync(ct);
        var renewed = await CheckAsync(daemon, "tokens", ct);

        Assert.Equal(HealthStatus.Unhealthy, refused.Status);
        Assert.Contains("invalid_grant", refused.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(LocalIdentityProvider.ClientSecret, refused.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, renewed.Status);
    }

    [Fact]
    public async Task The_outbox_is_unhealthy_once_a_reply_waits_longer_than_the_maximum()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(Start);
        await using var daemon = new DaemonHarness(Settings(), s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddSingleton<IMailSender>(new CountingSender { Refuse = true });
        });
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("customer@example.com", "porting@example.com").WriteToAsync(Path.Combine(inbox, "request.eml"), ct);
        Assert.Equal(1, (await daemon.RunOnceAsync(ct)).Unsent);

        var waiting = await CheckAsync(daemon, "outbox", ct);
        time.Advance(TimeSpan.FromMinutes(31));
        var stuck = await CheckAsync(daemon, "outbox", ct);

        Assert.Equal(HealthStatus.Healthy, waiting.Status);
        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
        Assert.Contains("outbox since 2026-11-28T14:00:00", stuck.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_servers_or_oauth_every_mail_check_is_healthy_and_says_why()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(Settings(), s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Start)));

        var report = await daemon.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(ct);

        Assert.Superset(new HashSet<string>(["database", "poll", "imap", "smtp", "tokens", "outbox"]), report.Entries.Keys.ToHashSet());
        Assert.Contains("local inbox folder", report.Entries["imap"].Description, StringComparison.Ordinal);
        Assert.Contains("local outbox folder", report.Entries["smtp"].Description, StringComparison.Ordinal);
        foreach (var name in MailChecks)
        {
            Assert.Equal(HealthStatus.Healthy, report.Entries[name].Status);
        }
    }

    private static async Task<HealthReportEntry> CheckAsync(DaemonHarness daemon, string name, CancellationToken cancellationToken)
    {
        var report = await daemon.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == name, cancellationToken);
        return report.Entries[name];
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Mail:From"] = "Twilio Porting <porting@example.com>",
        ["Operators:Addresses:0"] = "ops@example.com",
        ["Operators:TrustedAuthServId"] = MailBedFixture.TrustedAuthServId,
        ["Health:AlertOperators"] = "false",
    };

    private static Dictionary<string, string?> SmtpSettings(int port)
    {
        var settings = Settings();
        settings["Smtp:Host"] = "127.0.0.1";
        settings["Smtp:Port"] = MailBedProcesses.Text(port);
        settings["Smtp:Security"] = "None";
        return settings;
    }

    /// <summary>An SMTP stand-in counting connections; refuses the replies themselves while told to.</summary>
    private sealed class CountingSender : IMailSender, ISendSession
    {
        private int _connections;

        public bool Refuse { get; init; }

        public int Connections => Volatile.Read(ref _connections);

        public Task<ISendSession> ConnectAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _connections);
            return Task.FromResult<ISendSession>(this);
        }

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            Refuse ? throw new IOException("451 try again later") : Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
