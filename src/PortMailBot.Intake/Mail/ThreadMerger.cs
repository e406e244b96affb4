namespace PortMailBot.Intake.Mail;

/// <summary>Merges the messages of one request into what the engine reads as a single request.</summary>
public static class ThreadMerger
{
    /// <param name="thread">The messages, oldest first.</param>
    public static ReceivedMessage Merge(IReadOnlyList<ReceivedMessage> thread)
    {
        if (thread.Count == 0)
        {
            return new ReceivedMessage();
        }

        // A file sent again under the same name replaces the earlier one (a corrected LOA, a newer bill);
        // a file that could not be read earlier but now can is no longer unreadable.
        var attachments = new Dictionary<string, AttachmentFile>(StringComparer.OrdinalIgnoreCase);
        var unreadable = new Dictionary<string, UnreadableAttachment>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var message in thread)
        {
            foreach (var file in message.Attachments)
            {
                unreadable.Remove(file.FileName);
                if (!attachments.ContainsKey(file.FileName))
                {
                    order.Add(file.FileName);
                }

                attachments[file.FileName] = file;
            }

            foreach (var bad in message.UnreadableAttachments)
            {
                if (attachments.Remove(bad.FileName))
                {
                    order.Remove(bad.FileName);
                }

                unreadable[bad.FileName] = bad;
            }
        }

        // Newest text first: a correction in a follow-up wins over what the first message said.
        var newestFirst = thread.Reverse().ToList();
        return new ReceivedMessage
        {
            Mime = thread[^1].Mime,
            MessageId = thread[^1].MessageId,
            Subject = thread[0].Subject,
            From = thread[0].From,
            FreshText = string.Join("\n\n", newestFirst.Select(m => m.FreshText).Where(t => !string.IsNullOrWhiteSpace(t))),
            FullText = string.Join("\n\n", newestFirst.Select(m => m.FullText).Where(t => !string.IsNullOrWhiteSpace(t))),
            Attachments = order.Select(name => attachments[name]).ToList(),
            UnreadableAttachments = [.. unreadable.Values],
        };
    }
}
