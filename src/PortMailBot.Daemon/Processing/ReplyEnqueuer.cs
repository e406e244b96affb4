using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Processing;

/// <summary>Step 4, enqueue: the intake's reply (<see cref="ReplyComposer"/>, with what the workflow adds to it:
/// the prefilled LOA form) put in the outbox by <see cref="OutboxWriter"/>, the writer workflow replies use too.</summary>
public sealed class ReplyEnqueuer(ReplyComposer composer, WorkflowMailHandler workflow)
{
    public async Task EnqueueAsync(StoreTransaction transaction, IncomingMessage incoming, Routing routing, IntakeDecision decision, CancellationToken cancellationToken)
    {
        var (result, id, asOf) = decision;
        var customer = routing.Customer!;
        using var reply = composer.Compose(id, incoming.Mime, customer, result, asOf);
        workflow.CompleteReply(reply, id, result);
        await transaction.EnqueueAsync(id, reply, customer.Address, incoming.Now, cancellationToken);
    }
}
