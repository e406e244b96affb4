namespace PortMailBot.Intake.Mail;

/// <summary>
/// The files one message yields and the parts it could not read, kept within the message's bounds on
/// the number of attachments and their total size.
/// </summary>
internal sealed class AttachmentCollector(MailReadLimits limits)
{
    private readonly List<AttachmentFile> attachments = [];
    private readonly List<UnreadableAttachment> unreadable = [];
    private long attachmentBytes;

    public IReadOnlyList<AttachmentFile> Attachments => attachments;

    public IReadOnlyList<UnreadableAttachment> Unreadable => unreadable;

    public void AddUnreadable(string name, string reason) => unreadable.Add(new UnreadableAttachment(name, reason));

    public void AddUnreadable(IEnumerable<UnreadableAttachment> parts) => unreadable.AddRange(parts);

    public void AddFile(AttachmentFile file)
    {
        if (attachments.Count >= limits.MaxAttachments)
        {
            AddUnreadable(file.FileName, $"message has more than {limits.MaxAttachments} attachments");
            return;
        }

        if (attachmentBytes + file.Content.Length > limits.MaxTotalAttachmentBytes)
        {
            AddUnreadable(
                file.FileName,
                $"attachments of the message exceed {SizeLimitExceededException.FormatSize(limits.MaxTotalAttachmentBytes)} in total");
            return;
        }

        attachmentBytes += file.Content.Length;
        attachments.Add(file);
    }
}
