using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Health;

/// <summary>Never silently stalled: judges the daemon on what a customer would notice (no IMAP contact for too
/// long, a token that cannot be renewed, a reply stuck in the outbox), puts the reasons in the health signal,
/// and mails the operators once when it turns unhealthy and once when it recovers, nothing in between. An
/// alert that cannot be sent (SMTP down too) is tried again at the next check.</summary>
public sealed class HealthMonitor(
    HealthSignal signal,
    ImapSession session,
    MailTokens tokens,
    DaemonStore store,
    IMailSender sender,
    IOptions<HealthOptions> healthOptions,
    IOptions<ImapOptions> imapOptions,
    IOptions<MailOptions> mailOptions,
    IOptions<OperatorsOptions> operatorsOptions,
    TimeProvider time,
    ILogger<HealthMonitor> logger)
{
    private readonly HealthOptions _options = healthOptions.Value;
    private readonly DateTimeOffset _started = time.GetUtcNow();
    private bool _announcedUnhealthy;

    /// <summary>Operator mails sent (alerts and recoveries).</summary>
    public int AlertsSent { get; private set; }

    public async Task<IReadOnlyList<string>> CheckAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reasons = new List<string>();
        if (imapOptions.Value.Configured)
        {
            var contact = Latest(session.LastContact, signal.LastSuccess);
            if (now - (contact ?? _started) > _options.MaxContactAge)
            {
                reasons.Add(contact is null
                    ? $"no successful IMAP contact since the start, {Text(_started)} (more than {_options.MaxContactAge})"
                    : $"no successful IMAP contact since {Text(contact.Value)} (more than {_options.MaxContactAge})");
            }
        }

        await RenewTokenAsync(cancellationToken);
        if (tokens.Health is { LastFailure: { } failure } health)
        {
            reasons.Add($"the OAuth token cannot be renewed since {Text(health.FailingSince ?? now)}: {failure}");
        }

        if (await store.OldestUnsentAsync(cancellationToken) is { } oldest && now - oldest > _options.MaxReplyAge)
        {
            reasons.Add($"a reply has waited in the outbox since {Text(oldest)} (more than {_options.MaxReplyAge})");
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

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static string Text(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
