using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Pdf;
using PortMailBot.TestData;
using UglyToad.PdfPig;

namespace PortMailBot.Ocr.Tests;

/// <summary>The hostile real-world PDFs of ../shared/corpora/wild-pdf: every page without a text
/// layer is read or refused as unreadable, never anything else.</summary>
public sealed class WildPdfTests(OcrEngineFixture fixture)
{
    [Fact]
    public void Textless_pages_of_hostile_pdfs_are_read_or_refused()
    {
        var corpus = SharedFiles.Require("corpora", "wild-pdf");

        var engine = fixture.Engine;
        var tried = 0;
        foreach (var path in Directory.GetFiles(corpus, "*.pdf").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path).Contains("evil-xobjects", StringComparison.Ordinal))
            {
                // Self-referencing form XObjects overflow PdfPig's stack as soon as the page's
                // content is read (Letters), which kills the process before OCR is reached: the
                // document reader must refuse such a file before touching its pages (reported).
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            PdfDocument pdf;
            try
            {
                pdf = PdfDocument.Open(bytes);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                continue; // PdfPig refuses it: the document reader's concern, not OCR's.
            }

            using (pdf)
            using (var scanned = ScannedPdf.Open(bytes))
            {
                for (var number = 1; number <= Math.Min(pdf.NumberOfPages, 2); number++)
                {
                    ScannedPdfPage page;
                    try
                    {
                        if (pdf.GetPage(number).Letters.Count > 0)
                        {
                            continue;
                        }

                        page = scanned.Page(number);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        continue;
                    }

                    tried++;
                    try
                    {
                        var read = engine.RecognizePdfPage(page, TestContext.Current.CancellationToken);
                        Assert.True(read.FromOcr);
                        Assert.Equal(number, read.Number);
                    }
                    catch (DocumentUnreadableException e)
                    {
                        Assert.False(string.IsNullOrWhiteSpace(e.Message), Path.GetFileName(path));
                    }
                }
            }
        }

        Assert.True(tried > 0, "no textless page in the corpus");
    }
}
