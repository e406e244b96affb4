using System.Collections.Concurrent;
using System.Diagnostics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr;
using PortMailBot.Benchmarks.Samples;
using PortMailBot.Intake.Documents.Pdf;
using UglyToad.PdfPig;

namespace PortMailBot.Benchmarks;

/// <summary><c>scan-fields</c>: how many key fields the scanned documents of both sample sets yield, split
/// into ordinary and hard scans (the <c>hard-ocr</c> cases: 150 dpi, crooked, JPEG q30, faint). A field
/// counts as read when the OCR text holds it (names, postal code, requested numbers), the document is
/// classified as its kind, and a bill's statement date is found. This is the yardstick preprocessing
/// steps are kept by.</summary>
internal static class ScanFields
{
    public static int Run(HashSet<string> flags)
    {
        var options = new OcrOptions { PoolSize = 2 };
        if (flags.FirstOrDefault(f => f.StartsWith("--target-dpi=", StringComparison.Ordinal)) is { } target)
        {
            options.TargetDpi = int.Parse(target["--target-dpi=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        }

        using var engine = new TesseractOcrEngine(options);
        engine.WarmUp(CancellationToken.None);
        var documents = new List<(ScanExpectation Expected, SampleFile File)>();
        foreach (var set in new[] { "samples", "samples-extra" })
        {
            var cases = SampleAttachments.FindCasesFolder(set);
            if (cases is null)
            {
                Console.Error.WriteLine($"../shared/{set} not found: skipped");
                continue;
            }

            foreach (var expected in ScanExpectation.Load(cases, set))
            {
                var file = SampleAttachments.Read(Path.Combine(cases, expected.Case + ".eml"), expected.Case)
                    .FirstOrDefault(f => string.Equals(f.Name, expected.FileName, StringComparison.Ordinal));
                if (file is not null)
                {
                    documents.Add((expected, file));
                }
            }
        }

        var only = flags.FirstOrDefault(f => f.StartsWith("--only=", StringComparison.Ordinal))?["--only=".Length..];
        if (only is not null)
        {
            documents = documents.Where(d => $"{d.Expected.Set}/{d.Expected.Case}".Contains(only, StringComparison.Ordinal)).ToList();
        }

        if (flags.Contains("--hard"))
        {
            documents = documents.Where(d => d.Expected.Hard).ToList();
        }

        var results = new ConcurrentDictionary<int, string>();
        var tallies = new ConcurrentBag<(bool Hard, ScanScore Score)>();
        var watch = Stopwatch.StartNew();
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = engine.PoolSize }, index =>
        {
            var (expected, file) = documents[index];
            var pages = Recognize(engine, file);
            var text = string.Join(' ', pages.SelectMany(p => p.Words).Select(w => w.Text));
            var document = DocumentReader.FromPages(file.Name, pages);
            var score = expected.Score(text, document);
            tallies.Add((expected.Hard, score));
            var line = $"{(expected.Hard ? "hard" : "    ")} {expected.Set}/{expected.Case} {expected.FileName,-44} {score.Read}/{score.Total} {string.Join(' ', score.Missed)}";
            if (flags.Contains("--text"))
            {
                line += Environment.NewLine + "    " + text;
            }

            if (flags.Contains("--lines"))
            {
                // The lines and segments the field reader builds, each word with its box (left, top-bottom).
                foreach (var l in new PortMailBot.Intake.Documents.Fields.PageLayout(pages).Lines)
                {
                    line += Environment.NewLine + "  | " + string.Join(" || ", l.Segments.Select(s => string.Join(" ", s.Words.Select(w => $"{w.Text}[{w.Box.Left:0},{w.Box.Top:0}-{w.Box.Bottom:0}]"))));
                }
            }

            if (flags.Contains("--words"))
            {
                // Each word with the engine's confidence in percent, to calibrate what counts as read reliably.
                line += Environment.NewLine + "    " + string.Join(' ', pages.SelectMany(p => p.Words).Select(w => $"{w.Text}@{w.Confidence * 100:0}"));
            }

            if (flags.Contains("--boxes"))
            {
                // Each word with its confidence and whole box (left, top, right, bottom), to replay a layout in a test.
                line += Environment.NewLine + "    " + string.Join(' ', pages.SelectMany(p => p.Words).Select(w => $"{w.Text}@{w.Confidence * 100:0}[{w.Box.Left:0},{w.Box.Top:0},{w.Box.Right:0},{w.Box.Bottom:0}]"));
            }

            results[index] = line;
        });

        foreach (var index in results.Keys.Order())
        {
            Console.WriteLine(results[index]);
        }

        foreach (var hard in new[] { false, true })
        {
            var read = tallies.Where(t => t.Hard == hard).Sum(t => t.Score.Read);
            var total = tallies.Where(t => t.Hard == hard).Sum(t => t.Score.Total);
            var docs = tallies.Count(t => t.Hard == hard);
            Console.WriteLine($"{(hard ? "hard scans" : "ordinary scans")}: {docs} documents, key fields read {read}/{total} = {(total == 0 ? 0 : (double)read / total):0.000}");
        }

        Console.WriteLine($"total {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    /// <summary>The OCR pages of a scanned attachment: every page of an image, the text-less pages of a PDF.</summary>
    private static IReadOnlyList<DocumentPage> Recognize(TesseractOcrEngine engine, SampleFile file)
    {
        if (!file.IsPdf)
        {
            return engine.RecognizeImage(file.Bytes, CancellationToken.None).Select(p => p with { FromOcr = true }).ToList();
        }

        using var pdf = PdfDocument.Open(file.Bytes);
        using var scanned = ScannedPdf.Open(file.Bytes);
        return pdf.GetPages().Where(p => p.Letters.Count == 0)
            .Select(p => engine.RecognizePdfPage(scanned.Page(p.Number), CancellationToken.None) with { FromOcr = true })
            .ToList();
    }
}
