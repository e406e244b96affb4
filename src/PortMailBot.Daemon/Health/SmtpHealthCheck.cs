using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Health;

/// <summary>Readiness: the SMTP server took the latest connection, the daemon's own (a dispatch, an alert) or,
/// when none was tried within <c>Health:SmtpCheckInterval</c>, one probe's.</summary>
public sealed class SmtpHealthCheck(
    SmtpReachability reachability,
    IMailSender sender,
    IOptions<SmtpOptions> smtpOptions,
    IOptions<HealthOptions> healthOptions) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!smtpOptions.Value.Configured)
        {
            return HealthCheckResult.Healthy("not configured: replies are written to the local outbox folder");
        }

        await reachability.ProbeIfStaleAsync(sender, healthOptions.Value.SmtpCheckInterval, cancellationToken);
        return reachability.Failing
            ? HealthCheckResult.Unhealthy($"the last SMTP connection failed, {HealthJudge.Text(reachability.LastFailure!.Value)}: {reachability.LastError}")
            : HealthCheckResult.Healthy("last SMTP connection " + HealthJudge.Text(reachability.LastSuccess!.Value));
    }
}
