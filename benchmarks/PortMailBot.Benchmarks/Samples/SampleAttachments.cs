using System.IO.Compression;
using MimeKit;

using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Samples;

/// <summary>The attachments of the public sample emails (../shared/samples/cases/*.eml), read with
/// MimeKit, zip archives opened, so the benchmarks use the very files customers send.</summary>
public static class SampleAttachments
{
    public static string? FindCasesFolder() => FindCasesFolder("samples");

    /// <summary>The cases folder of the shared sample set <paramref name="set"/> ("samples", "samples-extra").</summary>
    public static string? FindCasesFolder(string set) => RepoPaths.Shared(set, "cases");

    /// <summary>Every attachment of case <paramref name="caseNumber"/> (e.g. "003"), zip members included.</summary>
    public static IReadOnlyList<SampleFile> Of(string caseNumber)
    {
        var cases = FindCasesFolder() ?? throw new DirectoryNotFoundException("../shared/samples/cases not found beside " + RepoPaths.Root);
        return Read(Path.Combine(cases, caseNumber + ".eml"), caseNumber);
    }

    public static IEnumerable<SampleFile> All()
    {
        var cases = FindCasesFolder() ?? throw new DirectoryNotFoundException("../shared/samples/cases not found beside " + RepoPaths.Root);
        return Directory.GetFiles(cases, "*.eml").Order(StringComparer.Ordinal)
            .SelectMany(path => Read(path, Path.GetFileNameWithoutExtension(path)));
    }

    /// <summary>Every attachment of one message file, zip members included.</summary>
    public static List<SampleFile> Read(string emlPath, string caseNumber)
    {
        var files = new List<SampleFile>();
        using var message = MimeMessage.Load(emlPath);
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            if (part.Content is null || (part.FileName is null && !part.IsAttachment))
            {
                continue;
            }

            using var buffer = new MemoryStream();
            part.Content.DecodeTo(buffer);
            var name = part.FileName ?? "attachment";
            var bytes = buffer.ToArray();
            if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                foreach (var entry in archive.Entries.Where(e => e.Length > 0))
                {
                    using var entryStream = entry.Open();
                    using var entryBuffer = new MemoryStream();
                    entryStream.CopyTo(entryBuffer);
                    files.Add(new SampleFile(caseNumber, entry.Name, entryBuffer.ToArray()));
                }
            }
            else
            {
                files.Add(new SampleFile(caseNumber, name, bytes));
            }
        }

        return files;
    }
}

public sealed record SampleFile(string Case, string Name, byte[] Bytes)
{
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();

    public bool IsImage => Extension is ".jpg" or ".jpeg" or ".png" or ".tif" or ".tiff" or ".gif" or ".bmp";

    public bool IsPdf => Extension == ".pdf";
}
