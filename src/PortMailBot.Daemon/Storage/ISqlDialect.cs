using System.Data.Common;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Storage;

/// <summary>What differs between database providers: the connection, the schema scripts and the few
/// fragments where the SQL does. The statements the store runs are otherwise written in SQL both SQLite and
/// PostgreSQL accept.</summary>
public interface ISqlDialect
{
    StorageProvider Provider { get; }

    DbConnection CreateConnection();

    /// <summary>Statements run on every new connection (pragmas, session settings).</summary>
    IReadOnlyList<string> ConnectionSetup { get; }

    /// <summary>The schema, one script per version, applied in order; index 0 is version 1.</summary>
    IReadOnlyList<string> Migrations { get; }

    /// <summary>Run on the migrating connection before the schema version is read, so that instances starting
    /// together migrate once, one after the other; null when the engine serialises that by itself.</summary>
    string? MigrationLock { get; }

    /// <summary>Releases <see cref="MigrationLock"/>.</summary>
    string? MigrationUnlock { get; }

    /// <summary>Appended to a SELECT that picks rows to claim: other instances' locked rows are skipped, not
    /// waited for (empty where writers are serialised anyway).</summary>
    string SkipLocked { get; }

    /// <summary>Makes sure the database's folder exists and similar one-time preparation.</summary>
    void Prepare();
}
