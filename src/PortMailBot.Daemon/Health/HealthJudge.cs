using System.Globalization;
using Microsoft.Extensions.Options;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Options;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Tokens;

namespace PortMailBot.Daemon.Health;

/// <summary>The daemon's judgements of itself, one per thing a customer would notice: IMAP contact too old, a
/// token that cannot be renewed, a reply stuck in the outbox. Shared by <see cref="HealthMonitor"/> (the
/// health file and the operators' alerts) and the readiness checks, so both say the same thing. Each reads
/// state the daemon keeps anyway: none opens a connection.</summary>
public sealed class HealthJudge(
    HealthSignal signal,
    ImapSession session,
    MailTokens tokens,
    DaemonStore store,
    IOptions<HealthOptions> healthOptions,
    IOptions<ImapOptions> imapOptions,
    TimeProvider time)
{
    private readonly HealthOptions _options = healthOptions.Value;
    private readonly DateTimeOffset _started = time.GetUtcNow();

    public bool ImapConfigured => imapOptions.Value.Configured;

    /// <summary>The last time the IMAP server answered (the watcher's connection or a poll); null: never.</summary>
    public DateTimeOffset? LastImapContact => Latest(session.LastContact, signal.LastSuccess);

    public bool RenewsTokens => tokens.Health is not null;

    /// <summary>Why IMAP counts as lost; null when it does not (or is not used).</summary>
    public string? ImapProblem()
    {
        if (!ImapConfigured)
        {
            return null;
        }

        var contact = LastImapContact;
        if (time.GetUtcNow() - (contact ?? _started) <= _options.MaxContactAge)
        {
            return null;
        }

        return contact is null
            ? $"no successful IMAP contact since the start, {Text(_started)} (more than {_options.MaxContactAge})"
            : $"no successful IMAP contact since {Text(contact.Value)} (more than {_options.MaxContactAge})";
    }

    /// <summary>Why the OAuth token cannot be had; null when it can (or none is used).</summary>
    public string? TokenProblem() =>
        tokens.Health is { LastFailure: { } failure } health
            ? $"the OAuth token cannot be renewed since {Text(health.FailingSince ?? time.GetUtcNow())}: {failure}"
            : null;

    /// <summary>Why the outbox counts as stuck; null when no reply has waited longer than allowed.</summary>
    public async Task<string?> OutboxProblemAsync(CancellationToken cancellationToken) =>
        await store.OldestUnsentAsync(cancellationToken) is { } oldest && time.GetUtcNow() - oldest > _options.MaxReplyAge
            ? $"a reply has waited in the outbox since {Text(oldest)} (more than {_options.MaxReplyAge})"
            : null;

    public static string Text(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
