using System.Diagnostics;
using MailKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortMailBot.Daemon.Scheduling;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>Push against real Dovecot: the watcher idles on the persistent connection and answers new mail
/// within seconds; a Dovecot restart during IDLE is survived without losing or repeating a message; a folder
/// recreated with a new UIDVALIDITY has nothing answered twice. The bed's own Dovecot is restarted here, so
/// these run in the OAuth bed's collection (password logins), not on the shared bed.</summary>
[Collection(OAuthMailBedCollection.Name)]
public sealed class PushTests(OAuthMailBedFixture bed)
{
    private const string Customer = OAuthMailBedFixture.Customer;
    private const string Bot = OAuthMailBedFixture.Bot;

    [Fact]
    public async Task New_mail_is_answered_within_seconds_by_idle_without_waiting_for_the_schedule()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(PasswordSettings());
        var watcher = await StartWatcherAsync(daemon, ct);
        var before = (await bed.WaitForAsync(Customer, 0, ct)).Count;

        var latencies = new List<TimeSpan>();
        for (var i = 1; i <= 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await bed.SendAsync(MailMaker.EnglishTextOnly(Customer, Bot, 40 + i), ct);
            var replies = await bed.WaitForAsync(Customer, before + i, ct, TimeSpan.FromSeconds(30));
            latencies.Add(clock.Elapsed);
            Assert.Equal(before + i, replies.Count);
        }

        await watcher.StopAsync(ct);
        TestContext.Current.TestOutputHelper?.WriteLine("arrival-to-reply: " + string.Join(", ", latencies.Select(l => $"{l.TotalMilliseconds:0} ms")));

        // The schedule is a minute; the answers came from IDLE (generous bound: the machine is shared).
        Assert.All(latencies, l => Assert.True(l < TimeSpan.FromSeconds(15), $"{l.TotalSeconds:0.0} s"));
        Assert.True(Median(latencies) < TimeSpan.FromSeconds(5), $"median {Median(latencies).TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_dovecot_restart_during_idle_is_survived_and_nothing_is_lost_or_answered_twice()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        // A command on a connection that a stopping server accepted but no longer answers ends after
        // Imap:Timeout, then the watcher reconnects: short here, so that recovery fits the wait below (with
        // the default minute it came just after it once in CI, and the next test found the message).
        await using var daemon = new DaemonHarness(PasswordSettings(("Imap:ReconnectDelay", "00:00:00.200"), ("Imap:MaxReconnectDelay", "00:00:01"), ("Imap:IdleRefresh", "00:00:10"), ("Imap:Timeout", "00:00:10")));
        var watcher = await StartWatcherAsync(daemon, ct);
        var before = (await bed.WaitForAsync(Customer, 0, ct)).Count;
        var sent = new List<string>();

        await Send(1);
        await bed.WaitForAsync(Customer, before + 1, ct, TimeSpan.FromSeconds(30));

        // Dovecot goes away under the IDLE; mail sent meanwhile waits in Postfix's queue.
        var (stopCode, stopOutput) = await bed.StopImapAsync();
        Assert.True(stopCode == 0, stopOutput);
        await Send(2);
        await Send(3);
        await Task.Delay(1500, ct);
        var (startCode, startOutput) = await bed.StartImapAsync();
        Assert.True(startCode == 0, startOutput);
        await Send(4);

        var replies = await bed.WaitForAsync(Customer, before + 4, ct, TimeSpan.FromSeconds(60));
        await Task.Delay(2000, ct);
        replies = await bed.WaitForAsync(Customer, 0, ct);
        await watcher.StopAsync(ct);

        var answered = replies.Skip(before).Select(r => r.InReplyTo).ToList();
        Assert.Equal(sent.Order(StringComparer.Ordinal), answered.Order(StringComparer.Ordinal));

        async Task Send(int n)
        {
            var request = MailMaker.EnglishTextOnly(Customer, Bot, 50 + n);
            sent.Add(request.MessageId!);
            await bed.SendAsync(request, ct);
        }
    }

    [Fact]
    public async Task A_folder_recreated_with_a_new_uidvalidity_has_nothing_answered_twice()
    {
        bed.SkipIfUnavailable();
        var ct = TestContext.Current.CancellationToken;
        const string folderName = "Requests";
        using (var admin = await bed.ConnectAsync(Bot, ct))
        {
            var root = admin.GetFolder(admin.PersonalNamespaces[0]);
            await root.CreateAsync(folderName, true, ct);
        }

        var first = MailMaker.EnglishTextOnly(Customer, Bot, 71);
        var second = MailMaker.EnglishTextOnly(Customer, Bot, 72);
        await AppendAsync(folderName, [first, second], ct);
        await using var daemon = new DaemonHarness(PasswordSettings(("Imap:Folder", folderName)));
        var before = (await bed.WaitForAsync(Customer, 0, ct)).Count;
        Assert.Equal(2, (await daemon.RunOnceAsync(ct)).Summary.Answered);

        // The folder is deleted and made again (a migration, a restore): a new UIDVALIDITY, UIDs from 1,
        // the same two messages back and one new.
        uint oldValidity;
        using (var admin = await bed.ConnectAsync(Bot, ct))
        {
            var folder = await admin.GetFolderAsync(folderName, ct);
            await folder.StatusAsync(StatusItems.UidValidity, ct);
            oldValidity = folder.UidValidity;
            await folder.DeleteAsync(ct);
            await admin.GetFolder(admin.PersonalNamespaces[0]).CreateAsync(folderName, true, ct);
        }

        var third = MailMaker.EnglishTextOnly(Customer, Bot, 73);
        await AppendAsync(folderName, [first, second, third], ct);
        using (var admin = await bed.ConnectAsync(Bot, ct))
        {
            var folder = await admin.GetFolderAsync(folderName, ct);
            await folder.StatusAsync(StatusItems.UidValidity, ct);
            Assert.NotEqual(oldValidity, folder.UidValidity);
        }

        var again = await daemon.RunOnceAsync(ct);
        Assert.Equal(1, again.Summary.Answered);
        Assert.Equal(2, again.Summary.Duplicates);
        await Task.Delay(1000, ct);
        var replies = (await bed.WaitForAsync(Customer, before + 3, ct)).Skip(before).Select(r => r.InReplyTo).ToList();
        Assert.Equal(new[] { first.MessageId, second.MessageId, third.MessageId }.Order(StringComparer.Ordinal), replies.Order(StringComparer.Ordinal));
    }

    private async Task AppendAsync(string folderName, MimeKit.MimeMessage[] messages, CancellationToken ct)
    {
        using var admin = await bed.ConnectAsync(Bot, ct);
        var folder = await admin.GetFolderAsync(folderName, ct);
        foreach (var message in messages)
        {
            await folder.AppendAsync(message, MessageFlags.None, ct);
        }

        await admin.DisconnectAsync(true, ct);
    }

    private static async Task<IHostedService> StartWatcherAsync(DaemonHarness daemon, CancellationToken ct)
    {
        var watcher = daemon.Services.GetRequiredService<MailboxWatcher>();
        await watcher.StartAsync(ct);
        return watcher;
    }

    private static TimeSpan Median(List<TimeSpan> values) => values.Order().ElementAt(values.Count / 2);

    private Dictionary<string, string?> PasswordSettings(params (string Key, string? Value)[] overrides) => bed.Settings(
        "",
        [
            ("OAuth:Provider", "None"),
            ("OAuth:RefreshTokenFile", null),
            ("Imap:Password", MailBedFixture.Password),
            ("Smtp:Port", MailBedProcesses.Text(bed.SmtpPort)),
            ("Smtp:Username", null),
            .. overrides,
        ]);
}
