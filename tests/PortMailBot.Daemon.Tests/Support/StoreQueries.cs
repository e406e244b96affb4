using System.Globalization;
using PortMailBot.Daemon.Storage;

namespace PortMailBot.Daemon.Tests.Support;

/// <summary>One value from the daemon's database, for assertions on what a test left there.</summary>
internal static class StoreQueries
{
    public static async Task<string> ScalarStringAsync(this DaemonStore store, string sql, CancellationToken ct) =>
        Convert.ToString(await ScalarAsync(store, sql, ct), CultureInfo.InvariantCulture) ?? "";

    public static async Task<long> ScalarLongAsync(this DaemonStore store, string sql, CancellationToken ct) =>
        Convert.ToInt64(await ScalarAsync(store, sql, ct), CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(DaemonStore store, string sql, CancellationToken ct)
    {
        await using var connection = await store.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
