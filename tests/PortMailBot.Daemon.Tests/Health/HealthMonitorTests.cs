using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Health;

/// <summary>Never silently stalled: the reasons reach the health signal and the health file, and the
/// operators get one mail when it goes wrong and one when it recovers.</summary>
public sealed class HealthMonitorTests
{
    private const string Operator = "ops@example.com";

    [Fact]
    public async Task A_reply_stuck_in_the_outbox_makes_it_unhealthy_with_one_alert_and_one_recovery_mail()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.Zero));
        var sender = new RecordingSender { RefuseReplies = true };
        await using var daemon = new DaemonHarness(Settings(), services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IMailSender>(sender);
        });
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("customer@example.com", "porting@example.com").WriteToAsync(Path.Combine(inbox, "request.eml"), ct);
        var monitor = daemon.Services.GetRequiredService<HealthMonitor>();
        var signal = daemon.Services.GetRequiredService<HealthSignal>();

        var round = await daemon.RunOnceAsync(ct);
        Assert.Equal(1, round.Unsent);
        Assert.Empty(await monitor.CheckAsync(ct));

        time.Advance(TimeSpan.FromMinutes(31));
        var reasons = await monitor.CheckAsync(ct);
        Assert.Contains("outbox", Assert.Single(reasons), StringComparison.Ordinal);
        Assert.Contains(signal.Reasons, r => r.Contains("outbox", StringComparison.Ordinal));
        var (healthy, detail) = HealthSignal.Probe(Path.Combine(daemon.DataFolder, "health"), TimeSpan.FromHours(1), time.GetUtcNow());
        Assert.False(healthy);
        Assert.Contains("outbox", detail, StringComparison.Ordinal);
        var alert = Assert.Single(sender.Alerts);
        Assert.StartsWith("PortMailBot is unhealthy", alert.Subject, StringComparison.Ordinal);
        Assert.Equal(Operator, alert.To);

        // Still stuck: no second mail.
        time.Advance(TimeSpan.FromMinutes(5));
        Assert.NotEmpty(await monitor.CheckAsync(ct));
        Assert.Single(sender.Alerts);

        // SMTP takes replies again: the reply goes, one recovery mail, then quiet.
        sender.RefuseReplies = false;
        Assert.Equal(0, (await daemon.RunOnceAsync(ct)).Unsent);
        Assert.Empty(await monitor.CheckAsync(ct));
        Assert.Empty(await monitor.CheckAsync(ct));
        Assert.Equal(2, sender.Alerts.Count);
        Assert.Equal("PortMailBot is healthy again", sender.Alerts[1].Subject);
        Assert.Empty(signal.Reasons);
    }

    [Fact]
    public async Task No_imap_contact_and_a_token_that_cannot_be_renewed_are_each_a_reason()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 14, 0, 0, TimeSpan.Zero));
        var sender = new RecordingSender();
        var closed = MailBedProcesses.Text(MailBedProcesses.FreePort());
        var settings = Settings();
        settings["Imap:Host"] = "127.0.0.1";
        settings["Imap:Port"] = closed;
        settings["Imap:Security"] = "None";
        settings["Imap:Username"] = "porting@example.com";
        settings["OAuth:Provider"] = "TokenEndpoint";
        settings["OAuth:TokenEndpoint"] = $"http://127.0.0.1:{closed}/token";
        settings["OAuth:ClientId"] = "id";
        settings["OAuth:ClientSecret"] = "secret-not-for-alerts";
        await using var daemon = new DaemonHarness(settings, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IMailSender>(sender);
        });
        var monitor = daemon.Services.GetRequiredService<HealthMonitor>();

        // IMAP refuses the connection before any token is asked for; the monitor asks for one itself.
        Assert.False((await daemon.RunOnceAsync(ct)).Polled);
        time.Advance(TimeSpan.FromMinutes(11));
        var reasons = await monitor.CheckAsync(ct);

        Assert.Contains(reasons, r => r.Contains("IMAP contact", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("OAuth token cannot be renewed", StringComparison.Ordinal));
        var alert = Assert.Single(sender.Alerts);
        Assert.DoesNotContain("secret-not-for-alerts", alert.Text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Mail:From"] = "Twilio Porting <porting@example.com>",
        ["Operators:Addresses:0"] = Operator,
        ["Operators:TrustedAuthServId"] = MailBedFixture.TrustedAuthServId,
    };

    /// <summary>An SMTP stand-in: keeps the operators' mails, refuses replies while told to.</summary>
    private sealed class RecordingSender : IMailSender, ISendSession
    {
        public bool RefuseReplies { get; set; }

        public List<(string Subject, string To, string Text)> Alerts { get; } = [];

        public Task<ISendSession> ConnectAsync(CancellationToken cancellationToken) => Task.FromResult<ISendSession>(this);

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (message.Subject?.StartsWith("PortMailBot is", StringComparison.Ordinal) == true)
            {
                Alerts.Add((message.Subject, message.To.Mailboxes.Single().Address, message.TextBody ?? ""));
                return Task.CompletedTask;
            }

            return RefuseReplies ? throw new IOException("451 try again later") : Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
