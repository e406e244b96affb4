using System.Data.Common;
using Npgsql;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Storage;

/// <summary>PostgreSQL: one server shared by several instances. Npgsql pools the connections.</summary>
public sealed class PostgreSqlDialect(string connectionString) : ISqlDialect
{
    /// <summary>The advisory lock key of the migration: any fixed number other applications on the same
    /// database are unlikely to use ("PMB" + 16).</summary>
    private const long MigrationLockKey = 0x504D4216;

    public StorageProvider Provider => StorageProvider.PostgreSQL;

    /// <summary>Another application name is another pool: a pooled session keeps a <c>SET</c> (Npgsql resets
    /// nothing the server does not report), so bookkeeping sessions, all with <see cref="ProcessSafeCommits"/>,
    /// are never handed to a processing transaction. The name also tells them apart in <c>pg_stat_activity</c>.</summary>
    private readonly string _bookkeepingConnectionString = Bookkeeping(connectionString);

    public DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public DbConnection CreateBookkeepingConnection() => new NpgsqlConnection(_bookkeepingConnectionString);

    public IReadOnlyList<string> ConnectionSetup { get; } = [];

    /// <summary>The server answers a commit before its WAL is flushed (flushed within 3 x wal_writer_delay):
    /// visible to every other session at once, lost only if the server itself crashes before the flush.</summary>
    public string ProcessSafeCommits => "SET synchronous_commit = off";

    public IReadOnlyList<string> Migrations { get; } = MigrationScripts.For(StorageProvider.PostgreSQL);

    public string? MigrationLock => $"SELECT pg_advisory_lock({MigrationLockKey})";

    public string? MigrationUnlock => $"SELECT pg_advisory_unlock({MigrationLockKey})";

    public bool OneInstance => false;

    private static string Bookkeeping(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName = (string.IsNullOrEmpty(builder.ApplicationName) ? "PortMailBot" : builder.ApplicationName) + " bookkeeping";
        return builder.ConnectionString;
    }

    /// <summary>The server, its database and its rights are the operator's; nothing to prepare here.</summary>
    public void Prepare()
    {
    }
}
