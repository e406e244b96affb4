namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Storage</c>: the database.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSQL</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>In the provider's own form: for SQLite <c>Data Source=FILE</c> (a relative file is under the
    /// working folder), for PostgreSQL Npgsql's <c>Host=...;Database=...;Username=...;Password=...</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/portmailbot.db";

    /// <summary>How long an instance's claim on a message (or on a reply to send) holds without being renewed;
    /// a claim is renewed while its work goes on, so this is how soon another instance takes over the work
    /// of one that died.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The file touched after every successful poll: the health signal.</summary>
    public string HealthFile { get; set; } = "data/health";
}
