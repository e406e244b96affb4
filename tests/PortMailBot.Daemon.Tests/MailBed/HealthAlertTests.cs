using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PortMailBot.Daemon.Health;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>The operators' alert and recovery mails go through real Postfix into a real Dovecot mailbox,
/// one of each, nothing in between.</summary>
// Serial: it needs Postfix up, and another mail-bed test stops it for a while.
[Collection(SerialMailBedCollection.Name)]
public sealed class HealthAlertTests(MailBedFixture bed)
{
    [Fact]
    public async Task The_operators_get_one_alert_mail_and_one_recovery_mail_through_real_smtp()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const int lane = 14;
        // The lane's customer mailbox stands in for the operators, so no other test's mail is counted.
        var operators = MailBedFixture.Customer(lane);
        var settings = MailBedSettings.For(bed, lane);
        settings["Operators:Addresses:0"] = operators;
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var daemon = new DaemonHarness(settings, services => services.AddSingleton<TimeProvider>(time));
        var monitor = daemon.Services.GetRequiredService<HealthMonitor>();

        // No IMAP contact yet, but the start is recent: healthy, no mail.
        Assert.Empty(await monitor.CheckAsync(ct));

        // Eleven minutes without contact: one alert, even when checked again.
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Contains(await monitor.CheckAsync(ct), r => r.Contains("IMAP contact", StringComparison.Ordinal));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.NotEmpty(await monitor.CheckAsync(ct));
        var alert = Assert.Single(await bed.WaitForAsync(operators, 1, ct));
        Assert.StartsWith("PortMailBot is unhealthy", alert.Subject, StringComparison.Ordinal);
        Assert.Equal("auto-generated", MailMaker.Header(alert, "Auto-Submitted"));

        // A poll reaches Dovecot: one recovery mail, then quiet.
        Assert.True((await daemon.RunOnceAsync(ct)).Polled);
        Assert.Empty(await monitor.CheckAsync(ct));
        Assert.Empty(await monitor.CheckAsync(ct));
        var mails = await bed.WaitForAsync(operators, 2, ct);
        await Task.Delay(1000, ct);
        mails = await bed.MessagesAsync(operators, ct);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Subject == "PortMailBot is healthy again");
    }
}
