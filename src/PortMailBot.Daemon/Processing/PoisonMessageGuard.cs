using Microsoft.Extensions.Logging;
using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Processing;

/// <summary>Keeps one message from stopping the mailbox: a message during which the daemon died twice
/// (attempts counted by <see cref="ProcessingAttempts"/> before the work) is quarantined: stored, the
/// operators told by mail through the outbox, ledgered so it is never tried again.</summary>
public sealed class PoisonMessageGuard(
    DaemonStore store,
    ProcessingAttempts attempts,
    WorkflowReplyComposer notices,
    TimeProvider time,
    ILogger<PoisonMessageGuard> logger)
{
    /// <summary>Deaths after which a message is no longer tried.</summary>
    public const int MaxDeaths = 2;

    public const string NoticeKind = "message-quarantined";

    /// <summary>Counts a start of work on the message, before the transaction it is processed in opens
    /// (SQLite has one writer), and says how many earlier starts never ended: a message that reaches
    /// <see cref="MaxDeaths"/> is to be quarantined (<see cref="QuarantineAsync"/>), one with any is to be
    /// processed alone, so that a death during it is its own (a batch's messages all start before its
    /// transaction, and a death there counts one for each of them).</summary>
    public async Task<int> StartAsync(string mailbox, InboxItem item, CancellationToken cancellationToken)
    {
        var deaths = await attempts.StartAsync(mailbox, item.Key, time.GetUtcNow(), cancellationToken);
        if (deaths is > 0 and < MaxDeaths)
        {
            logger.LogWarning("Message {Source}: the daemon stopped {Deaths} time(s) while working on it; trying again, alone", item.Source, deaths);
        }

        return deaths;
    }

    /// <summary>The work on the message ended, committed or undone in an orderly way (an exception is no
    /// death): the attempt stays counted only if the process ends inside the work. After the transaction
    /// ended, as this is a write of its own.</summary>
    public async Task EndAsync(string mailbox, InboxItem item) =>
        await attempts.EndAsync(mailbox, item.Key, CancellationToken.None);

    /// <summary>Stores the message as quarantined in a transaction of its own, tells the operators, ledgers it
    /// and ends its attempt.</summary>
    public async Task<MessageOutcome> QuarantineAsync(string mailbox, InboxItem item, int deaths, CancellationToken cancellationToken)
    {
        // Only the headers are read: the body may be what killed the daemon.
        var headers = Headers(item.Raw);
        var messageId = headers?[HeaderId.MessageId] is { } id ? MimeKit.Utils.MimeUtils.EnumerateReferences(id).FirstOrDefault() : null;
        var sender = headers?[HeaderId.From];
        var subject = SafeText.Clean(headers?[HeaderId.Subject], SafeText.MaxSubject);
        logger.LogError("Message {Source} ({MessageId}) quarantined: the daemon stopped {Deaths} times while working on it", item.Source, messageId, deaths);

        var now = time.GetUtcNow();
        await using var transaction = await store.BeginAsync(cancellationToken);
        var row = await transaction.InsertMessageAsync(
            new StoredMessage(null, "in", messageId, null, null, SafeText.Clean(sender, SafeText.MaxSubject), null, subject, mailbox,
                item.UidValidity == 0 ? null : item.UidValidity, item.Uid == 0 ? null : item.Uid, MessageOutcome.Quarantined, item.Raw),
            now,
            cancellationToken);
        if (notices.Operators.Count > 0)
        {
            using var notice = notices.ToOperators(null, "", NoticeKind, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["subject"] = string.IsNullOrEmpty(subject) ? "(no subject)" : subject,
                ["sender"] = SafeText.Clean(sender, SafeText.MaxSubject),
                ["message_id"] = SafeText.Clean(messageId, SafeText.MaxSubject),
                ["source"] = item.Source,
                ["deaths"] = deaths,
                ["started_at"] = now.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            }, null, notices.Operators);
            using var buffer = new MemoryStream();
            await notice.WriteToAsync(buffer, cancellationToken);
            var raw = buffer.ToArray();
            await transaction.InsertOutboxAsync(null, notice.MessageId!, notices.Operators[0].Address, raw, now, cancellationToken);
            await transaction.InsertMessageAsync(
                new StoredMessage(null, "out", notice.MessageId, null, null, notice.From.Mailboxes.FirstOrDefault()?.Address,
                    string.Join(", ", notice.To.Mailboxes.Select(m => m.Address)), notice.Subject, null, null, null, MessageOutcome.Sent, raw),
                now,
                cancellationToken);
        }
        else
        {
            logger.LogError("No Operators:Addresses configured: nobody is told of the quarantined message {Source}", item.Source);
        }

        await transaction.InsertLedgerAsync(mailbox, item.Key, item.Uid == 0 ? null : item.Uid, row, MessageOutcome.Quarantined, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await attempts.EndAsync(mailbox, item.Key, cancellationToken);
        return MessageOutcome.Quarantined;
    }

    private static HeaderList? Headers(byte[] raw)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            return HeaderList.Load(stream);
        }
        catch (Exception ex) when (ex is FormatException or ParseException or ArgumentException)
        {
            return null;
        }
    }
}
