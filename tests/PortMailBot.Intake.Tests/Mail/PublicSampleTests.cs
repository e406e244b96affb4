using System.Text.Json;
using MimeKit;
using PortMailBot.Intake.Mail;
using PortMailBot.TestData;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>The published sample emails: the stated SID reaches FreshText and the attachments are all there.</summary>
public sealed class PublicSampleTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var cases = RepoPaths.Shared("samples", "cases");
        if (cases is null)
        {
            data.Add("(samples absent)");
            return data;
        }

        foreach (var file in Directory.GetFiles(cases, "*.eml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_reads_like_expected(string caseFile)
    {
        var samples = SharedFiles.Require("samples");

        var expected = ExpectedFor(samples, caseFile);
        var message = MimeMessage.Load(Path.Combine(samples, "cases", caseFile), TestContext.Current.CancellationToken);

        var read = new MailReader().Read(message, TestContext.Current.CancellationToken);

        Assert.Equal(expected.GetProperty("messageId").GetString(), read.MessageId);

        // No sample quotes an earlier message, so nothing may be cut from them as reply history.
        Assert.Equal(read.FullText, read.FreshText);
        Assert.Empty(read.UnreadableAttachments);
        var sid = expected.GetProperty("accountSid").GetString();
        if (sid is not null)
        {
            Assert.Contains(sid, read.FreshText, StringComparison.OrdinalIgnoreCase);
        }

        var expectedNames = expected.GetProperty("documents").EnumerateArray()
            .Select(d => d.GetProperty("filename").GetString()!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedNames, read.Attachments.Select(a => a.FileName).Order(StringComparer.Ordinal));
        Assert.All(read.Attachments, a => Assert.NotEmpty(a.Content));
    }

    private static JsonElement ExpectedFor(string samples, string caseFile)
    {
        foreach (var line in File.ReadLines(Path.Combine(samples, "expected.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var document = JsonDocument.Parse(line);
            if (document.RootElement.GetProperty("file").GetString() == $"cases/{caseFile}")
            {
                return document.RootElement.Clone();
            }
        }

        throw new InvalidOperationException($"no expected entry for {caseFile}");
    }
}
