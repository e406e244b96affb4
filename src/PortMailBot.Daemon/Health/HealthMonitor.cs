using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Health;

/// <summary>Never silently stalled: judges the daemon on what a customer would notice (no IMAP contact for too
/// long, a token that cannot be renewed, a reply stuck in the outbox), puts the reasons in the health signal,
/// and mails the operators once when it turns unhealthy and once when it recovers, nothing in between. An
/// alert that cannot be sent (SMTP down too) is tried again at the next check.</summary>
public sealed class HealthMonitor(
    HealthSignal signal,
    HealthJudge judge,
    MailTokens tokens,
    IMailSender sender,
    IOptions<HealthOptions> healthOptions,
    IOptions<MailOptions> mailOptions,
    IOptions<OperatorsOptions> operatorsOptions,
    ILogger<HealthMonitor> logger)
{
    private readonly HealthOptions _options = healthOptions.Value;
    private bool _announcedUnhealthy;

    /// <summary>Operator mails sent (alerts and recoveries).</summary>
    public int AlertsSent { get; private set; }

    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        if (judge.ImapProblem() is { } imap)
        {
            reasons.Add(imap);
        }

        await RenewTokenAsync(cancellationToken);
        if (judge.TokenProblem() is { } token)
        {
            reasons.Add(token);
        }

        if (await judge.OutboxProblemAsync(cancellationToken) is { } outbox)
        {
            reasons.Add(outbox);
        }

        signal.Judged(reasons);
        var unhealthy = reasons.Count > 0;
        if (unhealthy != _announcedUnhealthy)
        {
            if (unhealthy)
            {
                logger.LogError("Unhealthy: {Reasons}", string.Join("; ", reasons));
            }
            else
            {
                logger.LogInformation("Healthy again");
            }

            if (await TryAlertAsync(unhealthy, reasons, cancellationToken))
            {
                _announcedUnhealthy = unhealthy;
            }
        }

        return reasons;
    }

    /// <summary>Asks for the token (free while the current one is fresh), so a token that cannot be renewed
    /// shows even while IMAP and SMTP are down and nothing else asks.</summary>
    private async Task RenewTokenAsync(CancellationToken cancellationToken)
    {
        if (tokens.Health is null || (tokens.Imap ?? tokens.Smtp) is not { } source)
        {
            return;
        }

        try
        {
            await source.GetAsync(cancellationToken);
        }
        catch (TokenAcquisitionException)
        {
            // Recorded by the source (LastFailure), read just after.
        }
    }

    private async Task<bool> TryAlertAsync(bool unhealthy, List<string> reasons, CancellationToken cancellationToken)
    {
        var operators = operatorsOptions.Value.Addresses;
        if (!_options.AlertOperators || operators.Count == 0)
        {
            return true;
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(mailOptions.Value.From));
        message.To.AddRange(operators.Select(MailboxAddress.Parse));
        message.Subject = unhealthy ? "PortMailBot is unhealthy: " + reasons[0] : "PortMailBot is healthy again";
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(message.From.Mailboxes.First().Domain);
        message.Body = new TextPart("plain")
        {
            Text = unhealthy
                ? "PortMailBot needs attention:\n\n" + string.Join("\n", reasons.Select(r => "- " + r)) + "\n\nOne more mail follows when it has recovered.\n"
                : "PortMailBot has recovered: IMAP contact, tokens and the outbox are as they should be.\n",
        };
        try
        {
            await using var connection = await sender.ConnectAsync(cancellationToken);
            await connection.SendAsync(message, cancellationToken);
            AlertsSent++;
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The operators could not be mailed ({State}); tried again at the next check: {Error}", unhealthy ? "unhealthy" : "recovered", ex.Message);
            return false;
        }
    }
}
