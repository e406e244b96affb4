namespace PortMailBot.Daemon.Storage;

/// <summary>What differs between database providers: the connection and the schema scripts. The
/// statements the store runs are written in SQL both SQLite and PostgreSQL accept.</summary>
public interface ISqlDialect
{
    System.Data.Common.DbConnection CreateConnection();

    /// <summary>Statements run on every new connection (pragmas, session settings).</summary>
    IReadOnlyList<string> ConnectionSetup { get; }

    /// <summary>The schema, one script per version, applied in order; index 0 is version 1.</summary>
    IReadOnlyList<string> Migrations { get; }

    /// <summary>Makes sure the database's folder exists and similar one-time preparation.</summary>
    void Prepare();
}
