namespace PortMailBot.Daemon.Replies;

/// <summary>The headers every reply carries, for operators' mail rules.</summary>
public static class ReplyHeaders
{
    public const string Request = "X-PortMailBot-Request";
    public const string State = "X-PortMailBot-State";
    public const string Reasons = "X-PortMailBot-Reasons";

    /// <summary>Fields of documents that could not be read to confirm them, as <c>kind:field</c> (e.g. <c>bill:name</c>).</summary>
    public const string Unconfirmed = "X-PortMailBot-Unconfirmed";
}
