using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MimeKit;
using PortMailBot.TestData;
using PortMailBot.Tests.Support;

namespace PortMailBot.Tests.Check;

/// <summary>Document bombs through the real <c>check</c> process: each costs its own document
/// (<c>attachment-unreadable</c>), within the configured deadline and memory ceiling, while the other documents
/// of its message and the messages after it are read as usual. Read in the checking process itself, the
/// workbook takes about 100 s and 3 GB and the PDF more than two minutes, so these fail without containment.</summary>
public sealed class ContainedReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portmailbot-contained-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Check_array_formula_workbook_and_exploding_pdf_each_unreadable_and_the_next_message_answered()
    {
        Save("a.eml", Request("a", ("numbers.xlsx", HostileDocuments.ArrayFormulaWorkbook()), ("more-numbers.csv", Encoding.ASCII.GetBytes("Number\n416-320-4199\n"))));
        Save("b.eml", Request("b", ("loa.pdf", HostileDocuments.ExplodingPdf())));
        Save("c.eml", Request("c", ("list.csv", Encoding.ASCII.GetBytes("Number\n416-320-4188\n"))));
        var clock = Stopwatch.StartNew();

        var (exitCode, stdout, stderr) = await PortMailBotProcess.RunAsync(_folder, Limits, "check", _folder, "--as-of", "2026-11-28");

        Assert.True(exitCode == 0, stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(100), $"took {clock.Elapsed}");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);

        var workbook = lines[0];
        Assert.Contains("attachment-unreadable", Reasons(workbook));
        Assert.Equal(["+14163204134", "+14163204199"], Numbers(workbook));
        Assert.Contains("attachment-unreadable", Reasons(lines[1]));
        Assert.Contains("loa-missing", Reasons(lines[1]));

        var next = lines[2];
        Assert.Equal("<c@example.test>", next.GetProperty("messageId").GetString());
        Assert.DoesNotContain("attachment-unreadable", Reasons(next));
        Assert.Equal(["+14163204134", "+14163204188"], Numbers(next));
    }

    [Fact]
    public async Task Check_with_containment_options_out_of_range_refuses_to_start_naming_each()
    {
        var (exitCode, _, stderr) = await PortMailBotProcess.RunAsync(
            _folder,
            new Dictionary<string, string>
            {
                ["PORTMAILBOT__Containment__MemoryLimitMegabytes"] = "10",
                ["PORTMAILBOT__Containment__MessageDeadline"] = "00:00:01",
                ["PORTMAILBOT__Intake__MaxPagesPerMessage"] = "0",
            },
            "check",
            _folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("Containment:MemoryLimitMegabytes", stderr, StringComparison.Ordinal);
        Assert.Contains("Containment:MessageDeadline", stderr, StringComparison.Ordinal);
        Assert.Contains("Intake:MaxPagesPerMessage", stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Limits => new()
    {
        ["PORTMAILBOT__Containment__MessageDeadline"] = "00:00:15",
        ["PORTMAILBOT__Containment__MemoryLimitMegabytes"] = "512",
    };

    private static IEnumerable<string?> Reasons(JsonElement verdict) =>
        verdict.GetProperty("reasons").EnumerateArray().Select(r => r.GetString());

    private static string[] Numbers(JsonElement verdict) =>
        [.. verdict.GetProperty("numbers").EnumerateArray().Select(n => n.GetProperty("number").GetString() ?? "").Order(StringComparer.Ordinal)];

    private static MimeMessage Request(string id, params (string Name, byte[] Content)[] attachments)
    {
        var message = TestMessages.WithAttachment(attachments[0].Name, attachments[0].Content, "Account SID: AC0123456789abcdef0123456789abcdef\nPlease port 416-320-4134.");
        message.MessageId = id + "@example.test";
        if (message.Body is Multipart mixed)
        {
            foreach (var (name, content) in attachments.Skip(1))
            {
                mixed.Add(new MimePart("application", "octet-stream")
                {
                    Content = new MimeContent(new MemoryStream(content)),
                    ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                    ContentTransferEncoding = ContentEncoding.Base64,
                    FileName = name,
                });
            }
        }

        return message;
    }

    private void Save(string name, MimeMessage message) => message.WriteTo(Path.Combine(_folder, name));
}
