using System.Data.Common;
using Microsoft.Data.Sqlite;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Storage;

/// <summary>SQLite, the default: one file under <c>data/</c>, WAL so the dispatcher reads while a poll writes.</summary>
public sealed class SqliteDialect(string connectionString) : ISqlDialect
{
    public StorageProvider Provider => StorageProvider.Sqlite;

    public DbConnection CreateConnection() => new SqliteConnection(connectionString);

    /// <summary>The same pool: <see cref="ConnectionSetup"/> sets <c>synchronous=FULL</c> again on every open.</summary>
    public DbConnection CreateBookkeepingConnection() => new SqliteConnection(connectionString);

    public IReadOnlyList<string> ConnectionSetup { get; } =
    [
        "PRAGMA journal_mode=WAL;",
        "PRAGMA busy_timeout=10000;",
        "PRAGMA foreign_keys=ON;",
        "PRAGMA synchronous=FULL;",
    ];

    /// <summary>In WAL mode, NORMAL writes a commit to the WAL without an <c>fsync</c>: the OS holds it, so a
    /// crash of the process loses nothing, a power loss the commits since the last sync. Only for the
    /// connection it runs on: <see cref="ConnectionSetup"/> sets FULL again when a pooled connection is reused.</summary>
    public string ProcessSafeCommits => "PRAGMA synchronous=NORMAL;";

    public IReadOnlyList<string> Migrations { get; } = MigrationScripts.For(StorageProvider.Sqlite);

    /// <summary>SQLite takes the write lock for the migration's transaction; one writer at a time.</summary>
    public string? MigrationLock => null;

    public string? MigrationUnlock => null;

    public bool OneInstance => true;

    public void Prepare()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        var path = Path.GetFullPath(file);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            PrivateFiles.CreateFolder(folder);
        }

        // The database holds personal data: created 0600 before SQLite opens it. SQLite gives its -wal and
        // -shm files the database file's mode, so they are private too; existing ones are tightened here.
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate or SqliteOpenMode.ReadWrite)
        {
            if (builder.Mode == SqliteOpenMode.ReadWriteCreate || File.Exists(path))
            {
                PrivateFiles.EnsureFile(path);
            }

            PrivateFiles.Restrict(path + "-wal");
            PrivateFiles.Restrict(path + "-shm");
            PrivateFiles.Restrict(path + "-journal");
        }
    }
}
