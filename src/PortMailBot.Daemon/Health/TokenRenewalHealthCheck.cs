using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PortMailBot.Daemon.Health;

/// <summary>Readiness: the OAuth token was renewed the last time it was asked for (by a poll, a send, or
/// <see cref="HealthMonitor"/>, which asks every <c>Health:CheckInterval</c>); no request to the provider here.</summary>
public sealed class TokenRenewalHealthCheck(HealthJudge judge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !judge.RenewsTokens ? HealthCheckResult.Healthy("no OAuth token to renew")
            : judge.TokenProblem() is { } problem ? HealthCheckResult.Unhealthy(problem)
            : HealthCheckResult.Healthy("the OAuth token renews"));
}
