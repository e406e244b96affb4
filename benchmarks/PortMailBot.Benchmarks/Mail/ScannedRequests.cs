using System.Globalization;
using System.Text.Json;
using MimeKit;
using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>Requests whose documents are read by OCR: the public sample cases that carry scanned pages
/// (photos, scans, image-only PDFs; known from the expected verdicts), sent again as new messages from the
/// benchmark's customers so every copy is a new request with a new Message-ID.</summary>
internal static class ScannedRequests
{
    /// <summary>The scanned sample cases, or null when <c>../shared/samples</c> is not beside the repository.</summary>
    public static List<MimeMessage>? LoadCases()
    {
        var samples = RepoPaths.Shared("samples");
        if (samples is null || !File.Exists(Path.Combine(samples, "expected.jsonl")))
        {
            return null;
        }

        var cases = new List<MimeMessage>();
        foreach (var line in File.ReadLines(Path.Combine(samples, "expected.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var scanned = json.RootElement.TryGetProperty("documents", out var documents)
                && documents.EnumerateArray().Any(d => d.TryGetProperty("ocr", out var ocr) && ocr.ValueKind == JsonValueKind.True);
            if (scanned)
            {
                cases.Add(MimeMessage.Load(Path.Combine(samples, json.RootElement.GetProperty("file").GetString()!)));
            }
        }

        return cases;
    }

    public static List<MimeMessage> Create(IReadOnlyList<MimeMessage> cases, int count, IReadOnlyList<string> senders, string to, string tag)
    {
        var messages = new List<MimeMessage>(count);
        for (var i = 0; i < count; i++)
        {
            using var copy = new MemoryStream();
            cases[i % cases.Count].WriteTo(copy);
            copy.Position = 0;
            var message = MimeMessage.Load(copy);
            message.MessageId = string.Create(CultureInfo.InvariantCulture, $"{tag}-{i}.{Guid.NewGuid():N}@customers.{MailBed.Domain}");
            message.InReplyTo = null;
            message.References.Clear();
            message.Date = DateTimeOffset.UtcNow;
            message.From.Clear();
            message.From.Add(new MailboxAddress("Customer", senders[i % senders.Count]));
            message.To.Clear();
            message.To.Add(MailboxAddress.Parse(to));
            message.Cc.Clear();
            message.ReplyTo.Clear();
            messages.Add(message);
        }

        return messages;
    }
}
