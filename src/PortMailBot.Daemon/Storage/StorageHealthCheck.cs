using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PortMailBot.Daemon.Storage;

/// <summary>Readiness: the database answers a query on the schema's own table.</summary>
public sealed class StorageHealthCheck(DaemonStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await store.OpenAsync(cancellationToken);
            await Db.ScalarAsync(connection, null, "SELECT COUNT(*) FROM request_counters", cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer: " + e.Message);
        }
    }
}
