using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>The public sample cases, read with MimeKit into a <see cref="ReceivedMessage"/> built here
/// (a simple stand-in for the real MailReader), with their expected verdict lines.</summary>
internal static partial class SampleMessages
{
    public static readonly TheoryData<string> CaseIds = new(Enumerable.Range(1, 31).Select(i => i.ToString("D3")));

    public static string? SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortMailBot.sln")))
            {
                var samples = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples"));
                return Directory.Exists(samples) ? samples : null;
            }
        }

        return null;
    }

    public static string RequireSamples()
    {
        var folder = SamplesFolder();
        if (folder is null)
        {
            Assert.Skip("../shared/samples is not present");
        }

        return folder;
    }

    public static ReceivedMessage Load(string caseId)
    {
        var path = Path.Combine(RequireSamples(), "cases", caseId + ".eml");
        var message = MimeMessage.Load(path, TestContext.Current.CancellationToken);
        var text = message.TextBody ?? HtmlToText(message.HtmlBody ?? "");
        return new ReceivedMessage
        {
            MessageId = message.MessageId,
            Subject = message.Subject,
            From = message.From.ToString(),
            FreshText = text,
            FullText = text,
        };
    }

    public static JsonElement Expected(string caseId)
    {
        var file = $"cases/{caseId}.eml";
        foreach (var line in File.ReadLines(Path.Combine(RequireSamples(), "expected.jsonl")))
        {
            var element = JsonDocument.Parse(line).RootElement;
            if (element.GetProperty("file").GetString() == file)
            {
                return element;
            }
        }

        throw new InvalidOperationException("no expected line for " + file);
    }

    /// <summary>Whether the README describes the case's body as French.</summary>
    public static bool IsFrench(string caseId)
    {
        var row = File.ReadLines(Path.Combine(RequireSamples(), "README.md"))
            .First(line => line.Contains($"cases/{caseId}.eml", StringComparison.Ordinal));
        return row.Contains("French", StringComparison.Ordinal);
    }

    private static string HtmlToText(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
