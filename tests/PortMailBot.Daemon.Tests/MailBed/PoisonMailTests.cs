using System.Diagnostics;
using System.Text;
using MimeKit;
using PortMailBot.Daemon.Replies;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.MailBed;

/// <summary>The real daemon (<c>run</c>, the executable) over the real mail bed, sent document bombs: a
/// workbook whose array formula covers the whole sheet and a PDF whose page inflates to 20 million operators.
/// Each gets its reply with <c>attachment-unreadable</c>, the message after them is answered, and the daemon
/// is still running at the end.</summary>
// Alone: another test stops Postfix for a while, and the replies here must go out.
[Collection(SerialMailBedCollection.Name)]
public sealed class PoisonMailTests(MailBedFixture bed)
{
    private const int Lane = 12;

    [Fact]
    public async Task Run_document_bombs_each_answered_unreadable_and_the_next_answered_while_the_daemon_stays_up()
    {
        bed.SkipIfUnavailable();
        if (!EngineProbe.Available())
        {
            Assert.Skip("The intake engine is not written yet: the child process cannot answer.");
        }

        var ct = TestContext.Current.CancellationToken;
        var customer = MailBedFixture.Customer(Lane);
        var bot = MailBedFixture.Bot(Lane);
        var workbook = WithAttachment(MailMaker.EnglishTextOnly(customer, bot, 1), "numbers.xlsx", HostileDocuments.ArrayFormulaWorkbook());
        var pdf = WithAttachment(MailMaker.EnglishTextOnly(customer, bot, 2), "loa.pdf", HostileDocuments.ExplodingPdf());
        var next = WithAttachment(MailMaker.EnglishTextOnly(customer, bot, 3), "numbers.csv", Encoding.ASCII.GetBytes("Number\n604-555-0177\n"));
        foreach (var message in new[] { workbook, pdf, next })
        {
            await bed.SendAsync(message, ct);
        }

        Assert.Equal(3, (await bed.WaitForAsync(bot, 3, ct, TimeSpan.FromSeconds(60))).Count);
        var work = Directory.CreateTempSubdirectory("portmailbot-poison-").FullName;
        using var daemon = Start(work);
        try
        {
            var replies = await bed.WaitForAsync(customer, 3, ct, TimeSpan.FromSeconds(150));
            Assert.True(replies.Count == 3, $"{replies.Count} replies:\n" + await File.ReadAllTextAsync(Path.Combine(work, "run.log"), ct));
            Assert.False(daemon.HasExited, "the daemon stopped:\n" + await File.ReadAllTextAsync(Path.Combine(work, "run.log"), ct));

            Assert.Contains("attachment-unreadable", Reasons(replies, workbook), StringComparison.Ordinal);
            Assert.Contains("attachment-unreadable", Reasons(replies, pdf), StringComparison.Ordinal);
            Assert.Contains("numbers.xlsx", Reply(replies, workbook).TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("attachment-unreadable", Reasons(replies, next), StringComparison.Ordinal);
        }
        finally
        {
            daemon.Kill(entireProcessTree: true);
            await daemon.WaitForExitAsync(ct);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static MimeMessage Reply(List<MimeMessage> replies, MimeMessage request) => Assert.Single(replies, r => r.InReplyTo == request.MessageId);

    private static string Reasons(List<MimeMessage> replies, MimeMessage request) => Reply(replies, request).Headers[ReplyHeaders.Reasons] ?? "";

    private static MimeMessage WithAttachment(MimeMessage message, string name, byte[] content)
    {
        message.Body = new Multipart("mixed")
        {
            message.Body!,
            new MimePart("application", "octet-stream")
            {
                Content = new MimeContent(new MemoryStream(content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = name,
            },
        };
        return message;
    }

    private Process Start(string work)
    {
        var wrapper = new ProcessStartInfo("/bin/bash") { WorkingDirectory = work, UseShellExecute = false };
        wrapper.ArgumentList.Add("-c");
        wrapper.ArgumentList.Add("exec dotnet exec \"$0\" run >> run.log 2>&1 < /dev/null");
        wrapper.ArgumentList.Add(RepoPaths.ExecutableDll);
        foreach (var (key, value) in MailBedSettings.For(bed, Lane))
        {
            wrapper.Environment["PORTMAILBOT__" + key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        wrapper.Environment["PORTMAILBOT__Mail__TemplatesFolder"] = RepoPaths.Templates;
        wrapper.Environment["PORTMAILBOT__Mail__ExamplesFolder"] = "";
        wrapper.Environment["PORTMAILBOT__Poll__Schedule"] = "00:00:02";
        wrapper.Environment["PORTMAILBOT__Containment__MessageDeadline"] = "00:00:20";
        wrapper.Environment["PORTMAILBOT__Containment__MemoryLimitMegabytes"] = "512";
        return Process.Start(wrapper)!;
    }
}
