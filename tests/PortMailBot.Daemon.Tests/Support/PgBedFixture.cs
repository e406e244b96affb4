using System.Globalization;
using Npgsql;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

[assembly: AssemblyFixture(typeof(PgBedFixture))]

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>A real PostgreSQL server (Debian's package) started by <c>scripts/pgbed/start.sh</c> from a
/// private temp folder on a loopback high port, the first time a test asks for a database, and stopped
/// after the test assembly. Each test gets a database of its own.</summary>
public sealed class PgBedFixture : IAsyncLifetime
{
    /// <summary>Set by <c>scripts/test.sh</c> (CI): a missing server then fails the tests instead of skipping them.</summary>
    public const string RequiredVariable = "PORTMAILBOT_TESTS_REQUIRE_POSTGRESQL";

    private readonly SemaphoreSlim _start = new(1, 1);
    private string? _folder;
    private string? _serverConnectionString;
    private int _databases;

    public string? Unavailable { get; } = FindUnavailable();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await Script("stop.sh", [_folder]);
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        _start.Dispose();
    }

    /// <summary>A new, empty database on the bed: its connection string. Skips the test when the bed cannot run.</summary>
    public async Task<string> NewDatabaseAsync(CancellationToken cancellationToken)
    {
        if (Unavailable is not null)
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable(RequiredVariable) != "1", Unavailable);
            Assert.Fail($"{RequiredVariable}=1 but PostgreSQL cannot run: {Unavailable}");
        }

        var server = await ServerAsync();
        var name = "t" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private async Task<string> ServerAsync()
    {
        await _start.WaitAsync();
        try
        {
            if (_serverConnectionString is not null)
            {
                return _serverConnectionString;
            }

            _folder = Directory.CreateTempSubdirectory("portmailbot-pgbed-").FullName;
            var port = MailBedProcesses.FreePort();
            var (code, output) = await Script("start.sh", [_folder, port.ToString(CultureInfo.InvariantCulture)]);
            if (code != 0)
            {
                throw new InvalidOperationException("The PostgreSQL bed did not start:\n" + output);
            }

            _serverConnectionString = $"Host=127.0.0.1;Port={port};Username=portmailbot;Database=postgres;Pooling=true;Maximum Pool Size=20";
            return _serverConnectionString;
        }
        finally
        {
            _start.Release();
        }
    }

    private static string? FindUnavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the PostgreSQL bed needs Linux";
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            && Directory.EnumerateDirectories("/usr/lib/postgresql").Any(v => File.Exists(Path.Combine(v, "bin", "initdb")));
        if (!installed)
        {
            return "PostgreSQL is not installed (scripts/install-postgres.sh)";
        }

        // As root the server runs as the package's "postgres" user (it refuses root).
        return Environment.UserName == "root" && !File.ReadLines("/etc/passwd").Any(l => l.StartsWith("postgres:", StringComparison.Ordinal))
            ? "running as root and there is no postgres user to run the server as"
            : null;
    }

    private static Task<(int Code, string Output)> Script(string name, string[] args) =>
        MailBedProcesses.RunAsync(Path.Combine(RepoPaths.Root, "scripts", "pgbed", name), args);
}
