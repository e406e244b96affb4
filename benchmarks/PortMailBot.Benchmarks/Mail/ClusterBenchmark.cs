using System.Diagnostics;
using System.Globalization;
using MimeKit;
using Npgsql;
using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>Several instances on one mailbox: the same text-only requests answered by one instance on SQLite,
/// then by 1, 2 and 3 instances on one PostgreSQL database (a fresh bot mailbox and database each), every
/// instance polling and dispatching in rounds at the same time, as <c>run</c>'s instances do. Timed from the
/// first round to the last reply accepted by Postfix; the instances are in this process (each with its own
/// IMAP connection, SMTP sender and database pool), so the comparison is the cost of the claims and leases,
/// not of more processes. With <c>../shared/samples</c> present, the same again with requests read by OCR
/// (<c>--scanned N</c>, default 50, copies of the scanned sample cases): there the instances share the
/// pages between them.</summary>
internal static class ClusterBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var requests = Argument(args, "--requests", 1000);
        var scannedCount = Argument(args, "--scanned", 50);
        if (MailBed.Unavailable() is { } why)
        {
            Console.Error.WriteLine("cluster benchmark skipped: " + why);
            return 3;
        }

        var work = Directory.CreateTempSubdirectory("portmailbot-bench-cluster-").FullName;
        // Its own temp folder: start.sh opens it to the server's user, which the private work folder is not.
        var pgFolder = Directory.CreateTempSubdirectory("portmailbot-bench-pg-").FullName;
        var port = MailBedProcesses.FreePort();
        var (code, output) = await MailBedProcesses.RunAsync(Path.Combine(RepoPaths.Root, "scripts", "pgbed", "start.sh"), [pgFolder, port.ToString(CultureInfo.InvariantCulture)]);
        if (code != 0)
        {
            Console.Error.WriteLine("cluster benchmark skipped: PostgreSQL did not start: " + output);
            return 3;
        }

        var server = $"Host=127.0.0.1;Port={port};Username=portmailbot;Database=postgres;Maximum Pool Size=20";
        try
        {
            await using var bed = await MailBed.StartAsync([.. Enumerable.Range(1, 9).Select(i => $"bot{i}"), "operator", .. Enumerable.Range(1, 10).Select(i => $"customer{i}")]);
            var senders = Enumerable.Range(1, 10).Select(i => MailBed.Address($"customer{i}")).ToList();
            if (requests > 0)
            {
                Console.WriteLine($"## cluster: {requests} text-only requests, {Environment.ProcessorCount} cores");
                await CompareAsync(bed, server, "text", 1, requests, (count, bot, tag) => TextRequests.Create(count, senders, MailBed.Address(bot), tag), work);
            }

            var cases = scannedCount > 0 ? ScannedRequests.LoadCases() : null;
            if (cases is null)
            {
                Console.WriteLine("scanned requests skipped: " + (scannedCount > 0 ? "../shared/samples is not beside the repository" : "--scanned 0"));
                return 0;
            }

            Console.WriteLine($"## cluster: {scannedCount} scanned requests (copies of the {cases.Count} scanned sample cases)");
            await CompareAsync(bed, server, "scan", 5, scannedCount, (count, bot, tag) => ScannedRequests.Create(cases, count, senders, MailBed.Address(bot), tag), work, withoutReadAhead: true);
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await MailBedProcesses.RunAsync(Path.Combine(RepoPaths.Root, "scripts", "pgbed", "stop.sh"), [pgFolder]);
            Directory.Delete(work, recursive: true);
            Directory.Delete(pgFolder, recursive: true);
        }
    }

    private static int Argument(IReadOnlyList<string> args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(fallback);

    /// <summary>One SQLite instance (and, <paramref name="withoutReadAhead"/>, the same without <c>Poll:ReadAhead</c>),
    /// then 1, 2 and 3 instances on a fresh PostgreSQL database each, every run on its own bot mailbox (bots
    /// <paramref name="firstBot"/> to <paramref name="firstBot"/> + 4).</summary>
    private static async Task CompareAsync(MailBed bed, string server, string kind, int firstBot, int requests, Func<int, string, string, List<MimeMessage>> create, string work, bool withoutReadAhead = false)
    {
        var sqlite = await RunAsync(bed, Bot(firstBot), create, requests, work, 1, null);
        Console.WriteLine($"{kind}: SQLite, 1 instance: {sqlite.TotalSeconds:0.00} s = {requests / sqlite.TotalSeconds:0.0} requests/s");
        if (withoutReadAhead)
        {
            // The baseline for reading the next message's documents ahead: the same instance, one message at a time.
            var alone = await RunAsync(bed, Bot(firstBot + 4), create, requests, work, 1, new() { ["Poll:ReadAhead"] = "false" });
            Console.WriteLine($"{kind}: SQLite, 1 instance, no read-ahead: {alone.TotalSeconds:0.00} s = {requests / alone.TotalSeconds:0.0} requests/s; read-ahead gives {alone / sqlite:0.00}x");
        }

        for (var instances = 1; instances <= 3; instances++)
        {
            var database = string.Create(CultureInfo.InvariantCulture, $"bench{kind}{instances}");
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var createDatabase = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                await createDatabase.ExecuteNonQueryAsync();
            }

            var storage = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "PostgreSQL",
                ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
            };
            var elapsed = await RunAsync(bed, Bot(firstBot + instances), create, requests, work, instances, storage);
            Console.WriteLine($"{kind}: PostgreSQL, {instances} instance(s): {elapsed.TotalSeconds:0.00} s = {requests / elapsed.TotalSeconds:0.0} requests/s; {sqlite / elapsed:0.00}x SQLite's throughput");
        }
    }

    private static string Bot(int n) => "bot" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Warm-up (20 requests, or 2 scanned ones) by every instance, then the measured batch: all
    /// instances run rounds until the store holds every reply sent.</summary>
    private static async Task<TimeSpan> RunAsync(MailBed bed, string bot, Func<int, string, string, List<MimeMessage>> create, int count, string work, int instances, Dictionary<string, string?>? storage)
    {
        var lanes = Enumerable.Range(0, instances).Select(i => new DaemonLane(bed, bot, work, 1_000_000, storage, $"{bot}-{i}")).ToList();
        try
        {
            await lanes[0].Store.MigrateAsync(CancellationToken.None);
            var warmUp = Math.Min(20, Math.Max(2, count / 25));
            await bed.AppendAsync(bot, create(warmUp, bot, "warm-" + bot), CancellationToken.None);
            await RoundsUntilAsync(lanes, warmUp);
            await bed.AppendAsync(bot, create(count, bot, "req-" + bot), CancellationToken.None);
            var watch = Stopwatch.StartNew();
            var shares = await RoundsUntilAsync(lanes, warmUp + count);
            if (instances > 1)
            {
                Console.WriteLine($"  requests answered by each instance: {string.Join(" / ", shares)}");
            }

            return watch.Elapsed;
        }
        finally
        {
            foreach (var lane in lanes)
            {
                await lane.DisposeAsync();
            }
        }
    }

    /// <returns>How many messages each instance processed.</returns>
    private static async Task<int[]> RoundsUntilAsync(List<DaemonLane> lanes, int sent)
    {
        async Task<bool> DoneAsync()
        {
            await using var connection = await lanes[0].Store.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            // Every message ledgered and nothing left to send: a request may be answered by more than one reply.
            command.CommandText = "SELECT COUNT(*) FROM ledger";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= sent
                && await lanes[0].Store.UnsentCountAsync(CancellationToken.None) == 0;
        }

        return await Task.WhenAll(lanes.Select(async lane =>
        {
            var processed = 0;
            while (!await DoneAsync())
            {
                var round = await lane.Cycle.RunAsync(ignoreBackoff: true, CancellationToken.None);
                processed += round.Summary.Answered;
                if (round.Summary.Total == 0)
                {
                    await Task.Delay(50);
                }
            }

            return processed;
        }));
    }
}
