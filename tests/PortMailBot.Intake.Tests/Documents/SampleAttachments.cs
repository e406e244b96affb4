using System.IO.Compression;
using System.Text.Json;
using MimeKit;
using PortMailBot.Intake.Mail;
using PortMailBot.TestData;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>The attachments of the public sample cases (zip members one level deep) and their expected verdicts.</summary>
internal static class SampleAttachments
{
    public static string? CasesFolder => RepoPaths.Shared("samples", "cases");

    public static IReadOnlyList<string> CaseIds() =>
        CasesFolder is { } folder
            ? Directory.GetFiles(folder, "*.eml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];

    public static IReadOnlyList<AttachmentFile> Attachments(string caseId)
    {
        var message = MimeMessage.Load(Path.Combine(CasesFolder!, caseId + ".eml"));
        var files = new List<AttachmentFile>();
        foreach (var part in message.Attachments.OfType<MimePart>().Where(p => p.Content is not null))
        {
            using var buffer = new MemoryStream();
            part.Content!.DecodeTo(buffer);
            var bytes = buffer.ToArray();
            var name = part.FileName ?? "attachment";
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                foreach (var entry in zip.Entries.Where(e => e.Length > 0))
                {
                    using var member = new MemoryStream();
                    using (var stream = entry.Open())
                    {
                        stream.CopyTo(member);
                    }

                    files.Add(new AttachmentFile(entry.Name, "application/octet-stream", member.ToArray()));
                }
            }
            else
            {
                files.Add(new AttachmentFile(name, part.ContentType.MimeType, bytes));
            }
        }

        return files;
    }

    public static JsonElement Expected(string caseId)
    {
        var path = Path.Combine(RepoPaths.Shared("samples")!, "expected.jsonl");
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            if (json.RootElement.GetProperty("file").GetString() == "cases/" + caseId + ".eml")
            {
                return json.RootElement.Clone();
            }
        }

        throw new InvalidOperationException("no expected verdict for case " + caseId);
    }
}
