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

    public DbConnection CreateConnection() => new NpgsqlConnection(connectionString);

    public IReadOnlyList<string> ConnectionSetup { get; } = [];

    public IReadOnlyList<string> Migrations { get; } = MigrationScripts.For(StorageProvider.PostgreSQL);

    public string? MigrationLock => $"SELECT pg_advisory_lock({MigrationLockKey})";

    public string? MigrationUnlock => $"SELECT pg_advisory_unlock({MigrationLockKey})";

    public bool OneInstance => false;

    /// <summary>The server, its database and its rights are the operator's; nothing to prepare here.</summary>
    public void Prepare()
    {
    }
}
