using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>Runs a store test on each provider: <c>[Theory, MemberData(nameof(StoreProviders.Both), MemberType = typeof(StoreProviders))]</c>
/// and the settings of <see cref="SettingsAsync"/> given to the <see cref="DaemonHarness"/>.</summary>
public static class StoreProviders
{
    public static TheoryData<StorageProvider> Both => new(StorageProvider.Sqlite, StorageProvider.PostgreSQL);

    /// <summary>The harness settings plus the provider's: nothing more for SQLite (the harness's private file),
    /// a fresh database on the bed for PostgreSQL (the test skips when the bed cannot run).</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(
        StorageProvider provider, PgBedFixture bed, CancellationToken cancellationToken, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [], StringComparer.OrdinalIgnoreCase);
        if (provider == StorageProvider.PostgreSQL)
        {
            all["Storage:Provider"] = nameof(StorageProvider.PostgreSQL);
            all["Storage:ConnectionString"] = await bed.NewDatabaseAsync(cancellationToken);
        }

        return all;
    }
}
