using System.Text.Json;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Documents.Pdf;
using PortMailBot.Intake.Ocr;

namespace PortMailBot.Intake.Tests.Documents;

public sealed class DumpTests
{
    [Fact]
    public void Dump()
    {
        var reader = new DocumentReader(new UnavailableOcrEngine());
        using var output = new StreamWriter("/tmp/docdump.txt");
        foreach (var id in SampleAttachments.CaseIds())
        {
            foreach (var file in SampleAttachments.Attachments(id))
            {
                var d = reader.Read(file, TestContext.Current.CancellationToken);
                output.WriteLine(id + " " + JsonSerializer.Serialize(d));
            }
        }
    }

    [Fact]
    public void DumpLines()
    {
        var path = Environment.GetEnvironmentVariable("DUMP_PDF");
        if (path is null)
        {
            return;
        }

        var pages = new PdfPageReader(new UnavailableOcrEngine()).Read(File.ReadAllBytes(path), TestContext.Current.CancellationToken);
        var layout = new PageLayout(pages);
        using var output = new StreamWriter("/tmp/lines.txt");
        foreach (var p in pages)
        {
            output.WriteLine($"page {p.Number} {p.Width}x{p.Height} images: {string.Join(" ", p.Images)}");
        }

        foreach (var line in layout.Lines)
        {
            output.WriteLine($"{line.Box.Top:F1}-{line.Box.Bottom:F1}: " + string.Join(" | ", line.Segments.Select(s => $"[{s.Box.Left:F0}] {s.Text}")));
        }
    }

    [Fact]
    public void ReadOne()
    {
        var path = Environment.GetEnvironmentVariable("READ_ONE");
        if (path is null)
        {
            return;
        }

        var d = new DocumentReader(new UnavailableOcrEngine()).Read(new Mail.AttachmentFile(Path.GetFileName(path), "application/octet-stream", File.ReadAllBytes(path)), TestContext.Current.CancellationToken);
        File.WriteAllText("/tmp/readone.txt", JsonSerializer.Serialize(d));
    }
}
