using System.Diagnostics;
using MimeKit;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;
using PortMailBot.TestData;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Real-world hostile message texts: extraction gives a result, within bounds, never a crash.</summary>
public sealed class WildTextTests
{
    [Fact]
    public void Extracts_from_every_wild_message_text_without_crashing()
    {
        var corpus = SharedFiles.Require("corpora", "wild-mime");

        var extractor = new RequestExtractor();
        var slowest = TimeSpan.Zero;
        var read = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.eml").Order(StringComparer.Ordinal))
        {
            string text;
            string? subject;
            try
            {
                var message = MimeMessage.Load(file, TestContext.Current.CancellationToken);
                text = (message.TextBody ?? "") + "\n" + (message.HtmlBody ?? "");
                subject = message.Subject;
            }
            catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException)
            {
                continue;
            }

            var clock = Stopwatch.StartNew();
            var fields = extractor.Extract(new ReceivedMessage { FreshText = text, FullText = text, Subject = subject });
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            read++;

            Assert.NotNull(fields.Numbers);
            Assert.True(fields.AccountSid is null || fields.AccountSid.Length == 34, file);
        }

        Assert.True(read > 0);
        Assert.True(slowest < TimeSpan.FromSeconds(5), $"slowest message took {slowest}");
    }
}
