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

    /// <summary>A connection for bookkeeping only, on which <see cref="ProcessSafeCommits"/> runs: from a pool
    /// of its own where a session setting would outlive the connection's use, so that no other work inherits it.</summary>
    DbConnection CreateBookkeepingConnection();

    /// <summary>Statements run on every new connection (pragmas, session settings).</summary>
    IReadOnlyList<string> ConnectionSetup { get; }

    /// <summary>Run on a bookkeeping connection (see <see cref="DaemonStore.OpenForBookkeepingAsync"/>): its
    /// commits survive the death of any process, the daemon's or the database server's client, but the last
    /// of them may be lost on a power loss or an operating-system crash, as they return before the disk
    /// has them. For the writes whose loss the design tolerates, never for the processing transaction.</summary>
    string ProcessSafeCommits { get; }

    /// <summary>The schema, one script per version, applied in order; index 0 is version 1.</summary>
    IReadOnlyList<string> Migrations { get; }

    /// <summary>Run on the migrating connection before the schema version is read, so that instances starting
    /// together migrate once, one after the other; null when the engine serialises that by itself.</summary>
    string? MigrationLock { get; }

    /// <summary>Releases <see cref="MigrationLock"/>.</summary>
    string? MigrationUnlock { get; }

    /// <summary>Whether one instance only can use the database (an SQLite file): its claims are then taken
    /// under one fixed owner, so an instance restarted after a crash takes its own claims back at once
    /// instead of waiting for their leases to run out.</summary>
    bool OneInstance { get; }

    /// <summary>Makes sure the database's folder exists and similar one-time preparation.</summary>
    void Prepare();
}
