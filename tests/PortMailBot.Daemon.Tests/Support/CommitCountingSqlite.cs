using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using SQLitePCL;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>The real SQLite store on its real file, counting the commits SQLite itself makes on the store's
/// connections (its commit hook: a transaction that wrote, committed), bookkeeping connections left out: how
/// many processing transactions a poll committed. The counted connections are not pooled, so a hooked handle
/// is never handed to bookkeeping.</summary>
internal sealed class CommitCountingSqlite(string connectionString) : ISqlDialect
{
    private readonly SqliteDialect _sqlite = new(connectionString);
    private readonly string _unpooled = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
    private int _commits;

    public int Commits => Volatile.Read(ref _commits);

    public StorageProvider Provider => _sqlite.Provider;

    public IReadOnlyList<string> ConnectionSetup => _sqlite.ConnectionSetup;

    public string ProcessSafeCommits => _sqlite.ProcessSafeCommits;

    public IReadOnlyList<string> Migrations => _sqlite.Migrations;

    public string? MigrationLock => _sqlite.MigrationLock;

    public string? MigrationUnlock => _sqlite.MigrationUnlock;

    public bool OneInstance => _sqlite.OneInstance;

    public void Reset() => Interlocked.Exchange(ref _commits, 0);

    public DbConnection CreateConnection()
    {
        var connection = new SqliteConnection(_unpooled);
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == ConnectionState.Open)
            {
                raw.sqlite3_commit_hook(connection.Handle, _ => Counted(), null);
            }
        };
        return connection;
    }

    public DbConnection CreateBookkeepingConnection() => _sqlite.CreateBookkeepingConnection();

    public void Prepare() => _sqlite.Prepare();

    private int Counted()
    {
        Interlocked.Increment(ref _commits);
        return 0; // let the commit go on
    }
}
