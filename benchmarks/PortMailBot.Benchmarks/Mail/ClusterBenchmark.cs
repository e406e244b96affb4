using System.Diagnostics;
using System.Globalization;
using Npgsql;
using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>Several instances on one mailbox: the same text-only requests answered by one instance on SQLite,
/// then by 1, 2 and 3 instances on one PostgreSQL database (a fresh bot mailbox and database each), every
/// instance polling and dispatching in rounds at the same time, as <c>run</c>'s instances do. Timed from the
/// first round to the last reply accepted by Postfix; the instances are in this process (each with its own
/// IMAP connection, SMTP sender and database pool), so the comparison is the cost of the claims and leases,
/// not of more processes.</summary>
internal static class ClusterBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var requests = args.SkipWhile(a => a != "--requests").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1000);
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
            await using var bed = await MailBed.StartAsync(["bot1", "bot2", "bot3", "bot4", "operator", .. Enumerable.Range(1, 10).Select(i => $"customer{i}")]);
            var senders = Enumerable.Range(1, 10).Select(i => MailBed.Address($"customer{i}")).ToList();
            Console.WriteLine($"## cluster: {requests} text-only requests, {Environment.ProcessorCount} cores");
            var sqlite = await RunAsync(bed, "bot1", senders, requests, work, 1, null);
            Console.WriteLine($"SQLite, 1 instance: {sqlite.TotalSeconds:0.00} s = {requests / sqlite.TotalSeconds:0.0} requests/s");
            for (var instances = 1; instances <= 3; instances++)
            {
                var database = "bench" + instances.ToString(CultureInfo.InvariantCulture);
                await using (var connection = new NpgsqlConnection(server))
                {
                    await connection.OpenAsync();
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
                    await create.ExecuteNonQueryAsync();
                }

                var storage = new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = "PostgreSQL",
                    ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString,
                };
                var elapsed = await RunAsync(bed, "bot" + (instances + 1).ToString(CultureInfo.InvariantCulture), senders, requests, work, instances, storage);
                Console.WriteLine($"PostgreSQL, {instances} instance(s): {elapsed.TotalSeconds:0.00} s = {requests / elapsed.TotalSeconds:0.0} requests/s; {sqlite / elapsed:0.00}x SQLite's throughput");
            }

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

    /// <summary>Warm-up of 20 requests by every instance, then the measured batch: all instances run rounds
    /// until the store holds every reply sent.</summary>
    private static async Task<TimeSpan> RunAsync(MailBed bed, string bot, List<string> senders, int count, string work, int instances, Dictionary<string, string?>? storage)
    {
        var lanes = Enumerable.Range(0, instances).Select(i => new DaemonLane(bed, bot, work, 1_000_000, storage, $"{bot}-{i}")).ToList();
        try
        {
            await lanes[0].Store.MigrateAsync(CancellationToken.None);
            await bed.AppendAsync(bot, TextRequests.Create(20, senders, MailBed.Address(bot), "warm-" + bot), CancellationToken.None);
            await RoundsUntilAsync(lanes, 20);
            await bed.AppendAsync(bot, TextRequests.Create(count, senders, MailBed.Address(bot), "req-" + bot), CancellationToken.None);
            var watch = Stopwatch.StartNew();
            await RoundsUntilAsync(lanes, 20 + count);
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

    private static async Task RoundsUntilAsync(List<DaemonLane> lanes, int sent)
    {
        async Task<bool> DoneAsync()
        {
            await using var connection = await lanes[0].Store.OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) >= sent;
        }

        await Task.WhenAll(lanes.Select(async lane =>
        {
            while (!await DoneAsync())
            {
                var round = await lane.Cycle.RunAsync(ignoreBackoff: true, CancellationToken.None);
                if (round.Summary.Total == 0)
                {
                    await Task.Delay(50);
                }
            }
        }));
    }
}
