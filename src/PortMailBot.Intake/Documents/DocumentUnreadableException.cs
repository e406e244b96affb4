namespace PortMailBot.Intake.Documents;

/// <summary>An attachment that cannot be read (corrupt, encrypted, too large, unsupported):
/// it becomes <c>attachment-unreadable</c>, never a crash.</summary>
public sealed class DocumentUnreadableException : Exception
{
    public DocumentUnreadableException()
        : base("the attachment cannot be read")
    {
    }

    public DocumentUnreadableException(string message)
        : base(message)
    {
    }

    public DocumentUnreadableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
