using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PortMailBot.Daemon.Health;

/// <summary>Readiness: no reply has waited in the outbox longer than <c>Health:MaxReplyAge</c>.</summary>
public sealed class OutboxHealthCheck(HealthJudge judge) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await judge.OutboxProblemAsync(cancellationToken) is { } problem
            ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy("no reply waiting too long");
}
