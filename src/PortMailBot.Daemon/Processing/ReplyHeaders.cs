namespace PortMailBot.Daemon.Processing;

/// <summary>The headers every reply carries, for operators' mail rules.</summary>
public static class ReplyHeaders
{
    public const string Request = "X-PortMailBot-Request";
    public const string State = "X-PortMailBot-State";
    public const string Reasons = "X-PortMailBot-Reasons";
}
