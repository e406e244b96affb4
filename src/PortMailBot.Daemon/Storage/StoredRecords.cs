using System.Diagnostics.CodeAnalysis;

namespace PortMailBot.Daemon.Storage;

/// <summary>A port request as stored.</summary>
public sealed record PortRequestRecord(
    string Id,
    string Customer,
    string Subject,
    string Language,
    PortState State,
    string? Decision,
    string Reasons,
    string? AccountSid,
    string? FieldsJson);

/// <summary>A message in or out, as stored; <see cref="Raw"/> is the whole RFC 5322 text.</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "A message's raw bytes, stored and sent as they are (MimeKit and SQLite take arrays); a copy per access would double every message's memory.")]
public sealed record StoredMessage(
    string? RequestId,
    string Direction,
    string? MessageId,
    string? InReplyTo,
    string? References,
    string? Sender,
    string? Recipients,
    string? Subject,
    string? Mailbox,
    long? UidValidity,
    long? Uid,
    MessageOutcome Outcome,
    byte[] Raw);

/// <summary>A reply waiting in the outbox (or sent).</summary>
[SuppressMessage("Performance", "CA1819:Properties should not return arrays", Justification = "A message's raw bytes, stored and sent as they are (MimeKit and SQLite take arrays); a copy per access would double every message's memory.")]
public sealed record OutboxEntry(long Id, string? RequestId, string MessageId, string Recipient, byte[] Raw, int Attempts);
