using System.Diagnostics;
using MailKit;
using PortMailBot.Daemon.Mailboxes;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>Push, measured: arrival-to-reply latency with the daemon's watcher idling on its persistent
/// connection, and the cost of an idle round (nothing new) on that connection.</summary>
internal static class PushLatency
{
    /// <summary>Requests arrive one at a time in the bot's INBOX (APPEND: they are in Dovecot); the clock runs
    /// until the reply, sent by the daemon and delivered by Postfix over LMTP, sits in the customer's INBOX.</summary>
    public static async Task<List<double>> ArrivalToReplyAsync(MailBed bed, string bot, string customer, int count, string work)
    {
        var ct = CancellationToken.None;
        await using var lane = new DaemonLane(bed, bot, work, maxRepliesPerSender: 1_000_000);
        await lane.Watcher.StartAsync(ct);
        using var watch = await bed.ConnectAsync(customer, ct);
        var latencies = new List<double>(count);
        try
        {
            // Warm-up: the first round jits the engine and creates the Processed folder.
            await ArriveAndWaitAsync(bed, watch, bot, customer, 0, "warm", ct);
            for (var i = 1; i <= count; i++)
            {
                latencies.Add(await ArriveAndWaitAsync(bed, watch, bot, customer, i, "lat", ct));
                await Task.Delay(300, ct);
            }
        }
        finally
        {
            await lane.Watcher.StopAsync(ct);
        }

        return latencies;
    }

    /// <summary>Rounds with nothing new on the persistent connection: what the schedule's poll (or a NOOP's
    /// answer) costs once the connection stays open.</summary>
    public static async Task<List<double>> IdleRoundsAsync(DaemonLane lane, int rounds)
    {
        var ct = CancellationToken.None;
        lane.Session.MakePersistent();
        await lane.Cycle.RunAsync(ignoreBackoff: false, ct);
        var times = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            var cycle = await lane.Cycle.RunAsync(ignoreBackoff: false, ct);
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (!cycle.Polled || cycle.Summary.Total != 0)
            {
                throw new InvalidOperationException("An idle round on the persistent connection failed or found new mail.");
            }
        }

        return times;
    }

    private static async Task<double> ArriveAndWaitAsync(MailBed bed, MailKit.Net.Imap.ImapClient watch, string bot, string customer, int n, string tag, CancellationToken ct)
    {
        await watch.Inbox.StatusAsync(StatusItems.Count, ct);
        var before = watch.Inbox.Count;
        var request = TextRequests.Create(1, [MailBed.Address(customer)], MailBed.Address(bot), tag + n);
        var clock = Stopwatch.StartNew();
        await bed.AppendAsync(bot, request, ct);
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await watch.Inbox.StatusAsync(StatusItems.Count, ct);
            if (watch.Inbox.Count > before)
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            await Task.Delay(10, ct);
        }

        throw new TimeoutException($"No reply to request {tag}{n} within two minutes.");
    }
}
