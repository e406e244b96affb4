using MimeKit;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Processing;

/// <summary>Finds the request a message follows up, by In-Reply-To/References (newest first) or else by the
/// request id in its subject, and lets it join only when its From is that request's customer, an address the
/// customer copied (To/Cc of the customer's own messages in the thread), or an authenticated operator.
/// A Message-ID is no secret (it travels in every copy, quote and forward), so citing one proves nothing:
/// a stranger who cites a customer's thread starts a request of their own and can neither change the
/// customer's request (account SID, state) nor receive its replies. The request is read once, here, and
/// handed on as found, so no later step reads it again.</summary>
public sealed class ThreadFinder(OperatorAuthorizer authorizer)
{
    private const int MaxReferences = 30;

    /// <returns>The request the message may join, as read to decide it, or null.</returns>
    public async Task<WorkflowRequest?> FindAsync(StoreTransaction transaction, MimeMessage message, CancellationToken cancellationToken)
    {
        var from = LoopGuard.ReplyAddress(message)?.Address;
        var ids = message.References.TakeLast(MaxReferences).ToList();
        if (!string.IsNullOrEmpty(message.InReplyTo))
        {
            ids.Add(message.InReplyTo);
        }

        // Newest reference first: the message being answered is the best anchor; one the sender may not join
        // does not stop the search (a customer's reply may quote an earlier thread).
        var tried = new HashSet<string>(StringComparer.Ordinal);
        for (var i = ids.Count - 1; i >= 0; i--)
        {
            if (await transaction.FindRequestByMessageIdsAsync([ids[i]], cancellationToken) is { } byHeader
                && tried.Add(byHeader)
                && await JoinableAsync(transaction, byHeader, message, from, cancellationToken) is { } request)
            {
                return request;
            }
        }

        if (RequestIds.FromSubject(message.Subject) is { } bySubject && !tried.Contains(bySubject))
        {
            return await JoinableAsync(transaction, bySubject, message, from, cancellationToken);
        }

        return null;
    }

    /// <returns>The request, when it exists and the sender may join it; else null.</returns>
    private async Task<WorkflowRequest?> JoinableAsync(StoreTransaction transaction, string requestId, MimeMessage message, string? from, CancellationToken cancellationToken)
    {
        if (from is null || await transaction.FindWorkflowRequestAsync(requestId, cancellationToken) is not { } request)
        {
            return null;
        }

        return await MayJoinAsync(transaction, request, message, from, cancellationToken) ? request : null;
    }

    private async Task<bool> MayJoinAsync(StoreTransaction transaction, WorkflowRequest request, MimeMessage message, string from, CancellationToken cancellationToken)
    {
        if (SameAddress(request.Customer, from) || authorizer.Check(message).Authorized)
        {
            return true;
        }

        foreach (var head in await transaction.InboundHeadsFromAsync(request.Id, request.Customer, cancellationToken))
        {
            if (CopiedAddresses(head).Any(copied => SameAddress(copied, from)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> CopiedAddresses(byte[] head)
    {
        HeaderList headers;
        try
        {
            using var stream = new MemoryStream(head, writable: false);
            headers = HeaderList.Load(stream);
        }
        catch (FormatException)
        {
            return [];
        }

        return headers
            .Where(h => h.Id is HeaderId.To or HeaderId.Cc)
            .SelectMany(h => InternetAddressList.TryParse(h.Value, out var list) ? list.Mailboxes : [])
            .Select(m => m.Address);
    }

    public static bool SameAddress(string? a, string? b) => AddressKey.Same(a, b);
}
