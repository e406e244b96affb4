using MimeKit;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Telemetry;

namespace PortMailBot.Daemon.Replies;

/// <summary>The one place a reply enters the outbox, for intake and workflow replies alike: the outbox row
/// and the outgoing message row, in the caller's transaction, so the reply commits with what caused it.</summary>
public static class OutboxWriter
{
    /// <returns>The reply's bytes, as queued.</returns>
    public static async Task<byte[]> EnqueueAsync(this StoreTransaction store, string? requestId, MimeMessage reply, string recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var enqueue = DaemonTelemetry.Source.StartActivity("enqueue");
        var id = string.IsNullOrEmpty(requestId) ? null : requestId;
        enqueue?.SetTag(DaemonTelemetry.RequestIdTag, id);
        using var buffer = new MemoryStream();
        await reply.WriteToAsync(buffer, cancellationToken);
        var raw = buffer.ToArray();
        await store.InsertOutboxAsync(id, reply.MessageId!, recipient, raw, now, cancellationToken);
        await store.InsertMessageAsync(
            new StoredMessage(
                id, "out", reply.MessageId, reply.InReplyTo,
                string.Join(" ", reply.References.Select(r => "<" + r + ">")),
                reply.From.Mailboxes.FirstOrDefault()?.Address, string.Join(", ", reply.To.Mailboxes.Select(m => m.Address)),
                reply.Subject, null, null, null, MessageOutcome.Sent, raw),
            now,
            cancellationToken);
        return raw;
    }
}
