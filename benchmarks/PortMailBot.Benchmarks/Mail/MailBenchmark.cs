using System.Diagnostics;
using System.Globalization;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>The daemon against a real Dovecot and Postfix on loopback: (1) the cost of a poll on a
/// mailbox whose many messages were all processed before, none new; (2) the throughput of text-only
/// requests from arrival in Dovecot to replies delivered by Postfix, next to the time mbsync and
/// fetchmail take merely to download the same messages from the same server.</summary>
internal static class MailBenchmark
{
    private const int Customers = 10;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var requests = Option(args, "--requests", 1000);
        var mailbox = Option(args, "--mailbox", 10_000);
        var polls = Option(args, "--polls", 50);
        var arrivals = Option(args, "--arrivals", 30);
        var throughputOnly = args.Contains("--throughput-only", StringComparer.Ordinal);
        if (MailBed.Unavailable() is { } why)
        {
            Console.Error.WriteLine("mail benchmark skipped: " + why);
            return 3;
        }

        var customers = Enumerable.Range(1, Customers).Select(i => $"customer{i}").ToList();
        var work = Directory.CreateTempSubdirectory("portmailbot-bench-mail-").FullName;
        var watch = Stopwatch.StartNew();
        try
        {
            await using var bed = await MailBed.StartAsync(["bot", "mirror", "big", "filler", "operator", "pushbot", "pushcustomer", .. customers]);
            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}; mail bed up in {watch.Elapsed.TotalSeconds:0.0} s (IMAP {bed.ImapPort}, SMTP {bed.SmtpPort})");
            var throughput = await ThroughputAsync(bed, customers, requests, work, args.Contains("--sequential", StringComparer.Ordinal));
            if (throughputOnly)
            {
                Console.WriteLine($"load average at the end {LoadAverage()}; whole run {watch.Elapsed.TotalSeconds:0} s");
                return throughput ? 0 : 1;
            }

            var pollCost = await PollCostAsync(bed, mailbox, polls, work);
            Console.WriteLine();
            Console.WriteLine($"## push: {arrivals} requests arriving one at a time, the watcher idling on its connection");
            var latencies = await PushLatency.ArrivalToReplyAsync(bed, "pushbot", "pushcustomer", arrivals, work);
            Console.WriteLine($"arrival in Dovecot to reply delivered by Postfix: {Summary(latencies)}");
            Console.WriteLine();
            Console.WriteLine($"load average at the end {LoadAverage()}; whole run {watch.Elapsed.TotalSeconds:0} s");
            return throughput && pollCost ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Requests appended to the bot's INBOX (they have arrived in Dovecot); then the daemon's
    /// poll and dispatch, until every reply and its operator copy sit in the recipients' mailboxes.</summary>
    private static async Task<bool> ThroughputAsync(MailBed bed, List<string> customers, int count, string work, bool sequential)
    {
        var ct = CancellationToken.None;
        var senders = customers.Select(MailBed.Address).ToList();
        var recipients = customers.Append("operator").ToList();
        await using var lane = new DaemonLane(bed, "bot", work, maxRepliesPerSender: 1_000_000);

        // Warm-up: a long-running daemon has its code compiled at its final tier and its database open. Tiered
        // compilation recompiles a method after 30 calls, in the background: 20 requests left most of the daemon
        // at tier 0, and its recompilation took a fifth of the measured run's CPU. So more requests, then a wait
        // until the JIT has nothing left to do.
        const int warmUp = 100;
        await bed.AppendAsync("bot", TextRequests.Create(warmUp, senders, MailBed.Address("bot"), "warm"), ct);
        await lane.Poller.PollAsync(ct);
        await lane.Dispatcher.DispatchAsync(ignoreBackoff: true, ct);
        await WaitForAsync(bed, recipients, 2 * warmUp, ct);
        await JitSettledAsync(ct);

        var messages = TextRequests.Create(count, senders, MailBed.Address("bot"), "req");
        await bed.AppendAsync("mirror", messages, ct);
        await bed.AppendAsync("bot", messages, ct);
        Console.WriteLine();
        Console.WriteLine($"## throughput: {count} text-only requests, {customers.Count} senders, operator in Cc, Smtp:Senders={DaemonLane.Senders}, {(sequential ? "poll then dispatch" : "one round (DaemonCycle)")}");
        var mbsync = await Downloaders.MbsyncAsync(bed, "mirror", work);
        var fetchmail = await Downloaders.FetchmailAsync(bed, "mirror", work);

        // As run does it: one round (DaemonCycle), which sends the replies of committed batches while the poll
        // goes on; --sequential times the poll, then the dispatch, one after the other, as before.
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var total = Stopwatch.StartNew();
        PortMailBot.Daemon.Processing.PollSummary poll;
        int unsent;
        TimeSpan polled;
        if (sequential)
        {
            poll = await lane.Poller.PollAsync(ct);
            polled = total.Elapsed;
            unsent = await lane.Dispatcher.DispatchAsync(ignoreBackoff: true, ct);
        }
        else
        {
            using var clock = new PollClock();
            var start = Stopwatch.GetTimestamp();
            var cycle = await lane.Cycle.RunAsync(ignoreBackoff: true, ct);
            (poll, unsent) = (cycle.Summary, cycle.Unsent);
            polled = clock.PollEndedSince(start);
        }

        var dispatched = total.Elapsed;
        var delivered = await WaitForAsync(bed, recipients, 2 * (warmUp + count), ct);
        var elapsed = total.Elapsed;

        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
        var jitSpent = System.Runtime.JitInfo.GetCompilationTime() - jitTime;
        var ok = poll.Answered == count && unsent == 0 && delivered == 2 * (warmUp + count);
        Console.WriteLine($"daemon: {poll.Answered} answered, {poll.Failed} failed, {unsent} unsent; poll+check+store {polled.TotalSeconds:0.00} s, SMTP dispatch {(sequential ? "" : "after the poll ")}{(dispatched - polled).TotalSeconds:0.00} s, until delivered {elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"daemon: {Rate(count, elapsed)} requests/s end to end ({Rate(count, polled)} requests/s through poll, check and store)");
        Console.WriteLine($"JIT during the measured run: {jitted} methods, {jitSpent.TotalSeconds:0.00} s");
        foreach (var download in new[] { mbsync, fetchmail })
        {
            if (download.Problem is not null)
            {
                Console.WriteLine($"{download.Tool}: failed: {download.Problem}");
                continue;
            }

            Console.WriteLine($"{download.Tool}: downloaded {download.Messages} in {download.Elapsed.TotalSeconds:0.00} s = {Rate(download.Messages, download.Elapsed)} messages/s; daemon end to end takes {elapsed / download.Elapsed:0.0}x as long");
            ok &= download.Messages == count;
        }

        // The bed's floor: the same replies sent again by bare MailKit over as many connections, no database.
        var raws = new List<byte[]>(count);
        await using (var connection = await lane.Store.OpenAsync(ct))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT raw FROM outbox ORDER BY id";
            await using var rows = await command.ExecuteReaderAsync(ct);
            while (await rows.ReadAsync(ct))
            {
                raws.Add((byte[])rows.GetValue(0));
            }
        }

        raws = raws.TakeLast(count).ToList();
        var floor = await SmtpFloor.ResendAsync(bed, raws, DaemonLane.Senders, async () => await WaitForAsync(bed, recipients, 2 * (warmUp + 2 * count), ct));
        Console.WriteLine($"bare MailKit resending the same {count} replies over {DaemonLane.Senders} connections (no database): accepted by Postfix in {floor.Accepted.TotalSeconds:0.00} s, delivered in {floor.Delivered.TotalSeconds:0.00} s = {Rate(count, floor.Delivered)} replies/s; the daemon's round took {dispatched / floor.Accepted:0.0}x as long as the acceptance");

        // The intake engine alone on the same messages (in memory, warm), to split the daemon's time
        // between deciding and the mail and storage around it.
        var engine = Stopwatch.StartNew();
        var asOf = lane.Checker.Today();
        var reader = new PortMailBot.Intake.Mail.MailReader();
        foreach (var message in messages)
        {
            lane.Checker.Check([reader.Read(message, ct)], [], "bench", asOf, ct);
        }

        Console.WriteLine($"intake engine alone on the same {count}: {engine.Elapsed.TotalMilliseconds / count:0.0} ms per request ({Rate(count, engine.Elapsed)} requests/s)");
        if (!ok)
        {
            Console.WriteLine($"THROUGHPUT RUN INCOMPLETE: delivered {delivered} of {2 * (warmUp + count)} messages (replies and operator copies)");
        }

        return ok;
    }

    /// <summary>Waits (at most 20 s) until no method has been compiled for half a second: tiered compilation's
    /// background queue is empty.</summary>
    private static async Task JitSettledAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var last = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(500, ct);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == last)
            {
                break;
            }

            last = now;
        }

        Console.WriteLine($"warm-up done, JIT settled after {watch.Elapsed.TotalSeconds:0.0} s ({last} methods compiled in all)");
    }

    /// <summary>A mailbox filled with many requests, all processed once by the daemon (moved to
    /// Processed, ledgered, stored), then polled again and again with nothing new.</summary>
    private static async Task<bool> PollCostAsync(MailBed bed, int count, int polls, string work)
    {
        var ct = CancellationToken.None;
        Console.WriteLine();
        Console.WriteLine($"## poll cost: {count} processed messages, none new, {polls} polls");
        var fill = Stopwatch.StartNew();
        await bed.AppendAsync("big", TextRequests.Create(count, [MailBed.Address("filler")], MailBed.Address("big"), "old"), ct);
        var appended = fill.Elapsed;

        // One sender at one reply per hour: every request is checked and stored, one is answered, the
        // rest are held back by the rate limit, which keeps Postfix out of the filling.
        await using var lane = new DaemonLane(bed, "big", work, maxRepliesPerSender: 1);
        var first = await lane.Poller.PollAsync(ct);
        await lane.Dispatcher.DispatchAsync(ignoreBackoff: true, ct);
        Console.WriteLine($"filled: APPEND {appended.TotalSeconds:0.0} s; first poll processed {first.Total} ({first.Answered} answered, {first.RateLimited} rate-limited, {first.Failed} failed) in {(fill.Elapsed - appended).TotalSeconds:0.0} s");
        var inbox = await bed.CountAsync(["big"], ct);
        var processed = await bed.CountAsync(["big"], ct, "Processed");
        Console.WriteLine($"mailbox now: INBOX {inbox}, Processed {processed}; database {new FileInfo(Path.Combine(lane.DataFolder, "portmailbot.db")).Length / 1024} KiB");

        // Interleaved, so a change in the machine's load touches all three alike: the poll alone, the
        // whole round the schedule runs (poll, then the outbox), and a bare IMAP session as the floor.
        var pollTimes = new List<double>(polls);
        var cycleTimes = new List<double>(polls);
        var sessionTimes = new List<double>(polls);
        var ok = first.Total == count && inbox == 0 && processed == count;
        for (var i = 0; i < polls; i++)
        {
            var watch = Stopwatch.StartNew();
            var summary = await lane.Poller.PollAsync(ct);
            pollTimes.Add(watch.Elapsed.TotalMilliseconds);
            ok &= summary.Total == 0;

            watch.Restart();
            var cycle = await lane.Cycle.RunAsync(ignoreBackoff: false, ct);
            cycleTimes.Add(watch.Elapsed.TotalMilliseconds);
            ok &= cycle.Polled && cycle.Summary.Total == 0;

            watch.Restart();
            await BareSessionAsync(bed, "big", ct);
            sessionTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"poll (InboxPoller: connect, login, SELECT, UID SEARCH, logout, ledger reads): {Summary(pollTimes)}");
        Console.WriteLine($"round (DaemonCycle: the poll, then the outbox check)                       : {Summary(cycleTimes)}");
        Console.WriteLine($"bare IMAP session (MailKit connect, login, SELECT, logout; no daemon)     : {Summary(sessionTimes)}");
        var persistent = await PushLatency.IdleRoundsAsync(lane, polls);
        Console.WriteLine($"round on the persistent connection (DaemonCycle: UID SEARCH, ledger, outbox): {Summary(persistent)}");
        if (!ok)
        {
            Console.WriteLine("POLL RUN INCOMPLETE: the mailbox was not processed as expected, or a poll found new mail");
        }

        return ok;
    }

    private static async Task BareSessionAsync(MailBed bed, string user, CancellationToken ct)
    {
        using var client = await bed.ConnectAsync(user, ct);
        await client.Inbox.OpenAsync(MailKit.FolderAccess.ReadWrite, ct);
        await client.DisconnectAsync(true, ct);
    }

    private static string Summary(List<double> times)
    {
        var sorted = times.Order().ToList();
        return $"median {Percentile(sorted, 0.5):0.0} ms, p95 {Percentile(sorted, 0.95):0.0} ms, min {sorted[0]:0.0} ms, max {sorted[^1]:0.0} ms";
    }

    private static async Task<int> WaitForAsync(MailBed bed, List<string> users, int expected, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var count = await bed.CountAsync(users, ct);
            if (count >= expected || deadline.Elapsed > TimeSpan.FromMinutes(3))
            {
                return count;
            }

            await Task.Delay(50, ct);
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Rate(int count, TimeSpan elapsed) =>
        (count / elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
        }

        return fallback;
    }
}
