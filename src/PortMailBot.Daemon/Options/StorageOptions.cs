namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Storage</c>: the database.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>A SQLite connection string; a relative <c>Data Source</c> is under the working folder.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/portmailbot.db";

    /// <summary>The file touched after every successful poll: the health signal.</summary>
    public string HealthFile { get; set; } = "data/health";
}
