using System.Diagnostics;
using System.Globalization;
using PortMailBot.Ocr;
using PortMailBot.Benchmarks.Samples;
using PortMailBot.Intake.Documents.Pdf;
using UglyToad.PdfPig;

namespace PortMailBot.Benchmarks.Check;

/// <summary>The page images a shell script would give the <c>tesseract</c> program for the pages
/// <c>check</c> reads by OCR: image attachments as they are (a TIFF with all its pages), and each scanned
/// PDF page as its embedded JPEG when <c>check</c> reads that image, else rendered by <c>pdftoppm</c>
/// at the resolution <c>check</c> renders at.</summary>
internal static class ScriptPages
{
    /// <summary>Fewer letters than this on a PDF page: a scan (the rule of the intake's PDF reader).</summary>
    private const int MinLettersForTextPage = 8;

    /// <summary>Writes the pages of <paramref name="documents"/> (case, file name) under <paramref name="folder"/>.</summary>
    public static List<string> Write(IEnumerable<(string Case, string FileName)> documents, string folder)
    {
        Directory.CreateDirectory(folder);
        var options = new OcrOptions();
        var written = new List<string>();
        foreach (var (caseNumber, fileName) in documents)
        {
            var file = SampleAttachments.Of(caseNumber).FirstOrDefault(f => f.Name == fileName)
                ?? throw new InvalidOperationException($"{caseNumber}: no attachment named {fileName}");
            var safe = $"{caseNumber}-{string.Concat(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c == '.' ? c : '_'))}";
            if (!file.IsPdf)
            {
                written.Add(Save(Path.Combine(folder, safe), file.Bytes));
                continue;
            }

            using var pdf = PdfDocument.Open(file.Bytes);
            using var scanned = ScannedPdf.Open(file.Bytes);
            foreach (var page in pdf.GetPages().Where(p => p.Letters.Count(l => l.Value.Any(char.IsLetterOrDigit)) < MinLettersForTextPage))
            {
                var image = page.GetImages().MaxBy(i => i.BoundingBox.Width * i.BoundingBox.Height);
                var placed = PdfPageImage.Find(scanned.Page(page.Number), options.MaxPixelsPerPage);
                placed?.Dispose();
                var raw = image?.RawMemory.ToArray();
                if (placed is not null && raw is [0xFF, 0xD8, 0xFF, ..])
                {
                    written.Add(Save(Path.Combine(folder, $"{safe}-p{page.Number}.jpg"), raw));
                }
                else
                {
                    written.Add(Render(file.Bytes, page.Number, options.TargetDpi, Path.Combine(folder, $"{safe}-p{page.Number}")));
                }
            }
        }

        return written;
    }

    private static string Save(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Render(byte[] pdf, int page, int dpi, string root)
    {
        var source = root + ".pdf";
        File.WriteAllBytes(source, pdf);
        var start = new ProcessStartInfo("pdftoppm") { UseShellExecute = false };
        foreach (var argument in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-singlefile", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), source, root })
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start)!)
        {
            process.WaitForExit();
        }

        File.Delete(source);
        return root + ".pgm";
    }
}
