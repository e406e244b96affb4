using MimeKit;
using PortMailBot.Daemon.Mailboxes;
using PortMailBot.Daemon.Storage;
using PortMailBot.Intake;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Processing;

/// <summary>One incoming message as the steps hand it on: where it came from, its one parse, and its row as
/// it will be stored (the outcome and the request filled in by the step that decides them).</summary>
public sealed record IncomingMessage(string Mailbox, InboxItem Item, ReceivedMessage Received, StoredMessage Row, DateTimeOffset Now)
{
    /// <summary>The parsed MIME (the reader always yields one: text that is not MIME becomes a plain message).</summary>
    public MimeMessage Mime => Received.Mime!;
}

/// <summary>What <see cref="MessageRouter"/> decided: the message is done with (its outcome and the row kept),
/// or it goes to the check, for an existing request or a new one, answered to <see cref="Customer"/>.</summary>
public sealed record Routing(MessageOutcome? Done, long? Row, string? RequestId, WorkflowRequest? Request, MailboxAddress? Customer, MailboxAddress? Sender)
{
    public static Routing Finished(MessageOutcome outcome, long? row) => new(outcome, row, null, null, null, null);

    public static Routing ToCheck(string? requestId, WorkflowRequest? request, MailboxAddress customer, MailboxAddress sender) =>
        new(null, null, requestId, request, customer, sender);
}

/// <summary>What <see cref="IntakeDecider"/> decided: the intake's result, the request's id (a new one for a
/// first message) and the day it was judged as of.</summary>
public sealed record IntakeDecision(IntakeResult Result, string RequestId, DateOnly AsOf);
