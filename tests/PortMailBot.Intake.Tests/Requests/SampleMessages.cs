using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MimeKit;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>The public sample cases' texts (their messages without the attachments, in TestData), read with
/// MimeKit into a <see cref="ReceivedMessage"/> built here (a simple stand-in for the real MailReader), with
/// their expected verdict lines.</summary>
internal static partial class SampleMessages
{
    public static readonly TheoryData<string> CaseIds = new(Enumerable.Range(1, 31).Select(i => i.ToString("D3", CultureInfo.InvariantCulture)));

    /// <summary>The public samples' message texts, attachments cut off (<c>TestData/SampleRequests</c>).</summary>
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "SampleRequests");

    public static ReceivedMessage Load(string caseId)
    {
        var path = Path.Combine(Folder, caseId + ".eml");
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
        foreach (var line in File.ReadLines(Path.Combine(Folder, "expected.jsonl")))
        {
            var element = JsonDocument.Parse(line).RootElement;
            if (element.GetProperty("file").GetString() == file)
            {
                return element;
            }
        }

        throw new InvalidOperationException("no expected line for " + file);
    }

    /// <summary>Whether the case's body is written in French (the samples' README says so).</summary>
    public static bool IsFrench(string caseId) => Expected(caseId).GetProperty("bodyLanguage").GetString() == "fr";

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
