using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PortMailBot.Daemon.Health;

/// <summary>Readiness: the IMAP server answered within <c>Health:MaxContactAge</c> (the watcher's connection or a
/// poll), judged as <see cref="HealthMonitor"/> judges it.</summary>
public sealed class ImapHealthCheck(HealthJudge judge) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !judge.ImapConfigured ? HealthCheckResult.Healthy("not configured: mail is read from the local inbox folder")
            : judge.ImapProblem() is { } problem ? HealthCheckResult.Unhealthy(problem)
            : judge.LastImapContact is { } contact ? HealthCheckResult.Healthy("last IMAP contact " + HealthJudge.Text(contact))
            : HealthCheckResult.Degraded("no IMAP contact yet since the start"));
}
