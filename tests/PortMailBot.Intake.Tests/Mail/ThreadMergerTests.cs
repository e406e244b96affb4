using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Mail;

public sealed class ThreadMergerTests
{
    private static AttachmentFile File(string name, byte content) => new(name, "application/pdf", [content]);

    [Fact]
    public void Attachments_of_the_thread_are_united_and_a_later_file_of_the_same_name_replaces_the_earlier()
    {
        var first = new ReceivedMessage { MessageId = "a@x", Subject = "Port", FreshText = "SID AC1", Attachments = [File("loa.pdf", 1), File("bill.pdf", 1)] };
        var second = new ReceivedMessage { MessageId = "b@x", FreshText = "Here is the CSR", Attachments = [File("csr.pdf", 2), File("BILL.pdf", 2)] };

        var merged = ThreadMerger.Merge([first, second]);

        Assert.Equal(["loa.pdf", "BILL.pdf", "csr.pdf"], merged.Attachments.Select(a => a.FileName));
        Assert.Equal(2, merged.Attachments[1].Content[0]);
        Assert.Equal("b@x", merged.MessageId);
        Assert.Equal("Port", merged.Subject);
        Assert.StartsWith("Here is the CSR", merged.FreshText, StringComparison.Ordinal);
        Assert.Contains("SID AC1", merged.FreshText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_resent_readable_is_no_longer_unreadable()
    {
        var first = new ReceivedMessage { UnreadableAttachments = [new UnreadableAttachment("docs.zip", "corrupt")] };
        var second = new ReceivedMessage { Attachments = [File("docs.zip", 3)] };

        var merged = ThreadMerger.Merge([first, second]);

        Assert.Empty(merged.UnreadableAttachments);
        Assert.Single(merged.Attachments);
    }
}
