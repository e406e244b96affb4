using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>Turns a PDF into <see cref="DocumentPage"/>s: text-layer pages from their words, pages
/// without a usable text layer through OCR. Throws <see cref="DocumentUnreadableException"/> for a
/// file that cannot be read.</summary>
internal sealed class PdfPageReader(IOcrEngine ocr)
{
    public const int MaxPages = 20;

    /// <summary>Fewer letters than this on a page means no usable text layer (a scan, maybe with a stray mark).</summary>
    private const int MinLettersForTextPage = 8;

    /// <summary>Over a page-sized picture, a text layer with fewer letters than this does not carry the page: it is a
    /// fax banner, a scanner's stamp, an envelope id, or values typed onto a scanned form, so the picture is read too.
    /// A page of prose or a form printed as text has well over a thousand.</summary>
    private const int MinLettersOverScan = 400;

    /// <summary>Reads the PDF; scanned pages are read expecting <paramref name="language"/> ("en", "fr";
    /// null: unknown), and read again with every language when their words say otherwise.</summary>
    /// <returns>The pages read, and how many were not (beyond <see cref="MaxPages"/> or the message's budget).</returns>
    public (IReadOnlyList<DocumentPage> Pages, int NotRead) Read(byte[] pdf, string? language, PageBudget budget, CancellationToken cancellationToken)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf, Parsing());
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentUnreadableException("encrypted PDF (password protected)", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentUnreadableException("corrupt or truncated PDF: " + ex.Message, ex);
        }

        using (document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? hazard;
            try
            {
                hazard = FormXObjectGuard.FindHazard(document, pdf, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new DocumentUnreadableException("corrupt PDF: " + ex.Message, ex);
            }

            if (hazard is not null)
            {
                throw new DocumentUnreadableException("malformed PDF: " + hazard);
            }

            int pageCount;
            try
            {
                pageCount = document.NumberOfPages;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new DocumentUnreadableException("corrupt PDF: " + ex.Message, ex);
            }

            var toRead = Math.Min(pageCount, MaxPages);
            var pages = ReadPages(document, pdf, toRead, language, budget, cancellationToken, out var overBudget);
            return (pages, pageCount - toRead + overBudget);
        }
    }

    /// <summary>How every PDF is opened: leniently, for the damaged files mail brings, with a bounded depth.</summary>
    internal static ParsingOptions Parsing() => new()
    {
        UseLenientParsing = true,
        SkipMissingFonts = true,
        MaxStackDepth = 100,
        ClipPaths = false,
    };

    /// <summary>The words of OCR pages as one text, for telling their language.</summary>
    public static string TextOf(IEnumerable<DocumentPage> pages) =>
        string.Join(' ', pages.SelectMany(p => p.Words).Select(w => w.Text));

    private List<DocumentPage> ReadPages(PdfDocument document, byte[] pdf, int pageCount, string? language, PageBudget budget, CancellationToken cancellationToken, out int overBudget)
    {
        overBudget = 0;
        var pages = new List<DocumentPage>();
        var scannedPagesUnread = 0;
        string? lastProblem = null;
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!budget.TryTake())
            {
                overBudget = pageCount - number + 1;
                break;
            }

            Page page;
            try
            {
                page = document.GetPage(number);
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new DocumentUnreadableException("encrypted PDF (password protected)", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                lastProblem = "corrupt PDF page: " + ex.Message;
                continue;
            }

            var textPage = TryTextPage(page, number, out var scanBeneath);
            if (textPage is not null && !(scanBeneath && ocr.IsAvailable))
            {
                pages.Add(textPage);
                continue;
            }

            if (!ocr.IsAvailable)
            {
                scannedPagesUnread++;
                continue;
            }

            try
            {
                var recognized = Recognize(new PdfPigScannedPage(page, pdf), language, cancellationToken);
                pages.Add((textPage is null ? recognized : TextOverScan.Merge(recognized, textPage)) with { Number = number, FromOcr = true });
            }
            catch (DocumentUnreadableException) when (textPage is not null)
            {
                pages.Add(textPage);
            }
            catch (DocumentUnreadableException ex)
            {
                scannedPagesUnread++;
                lastProblem = ex.Message;
            }
        }

        if (pages.Count == 0 && overBudget > 0 && scannedPagesUnread == 0 && lastProblem is null)
        {
            return pages;
        }

        if (pages.Count == 0)
        {
            if (scannedPagesUnread > 0)
            {
                throw new DocumentUnreadableException(ocr.IsAvailable
                    ? "scanned document could not be recognised: " + lastProblem
                    : "scanned document; OCR not available");
            }

            throw new DocumentUnreadableException(lastProblem ?? "PDF has no pages with content");
        }

        return pages;
    }

    private DocumentPage Recognize(PdfPigScannedPage scanned, string? language, CancellationToken cancellationToken)
    {
        var recognized = ocr.RecognizePdfPage(scanned, language, cancellationToken);
        return language is not null && LanguageDetector.Contradicts(language, TextOf([recognized]))
            ? ocr.RecognizePdfPage(scanned, null, cancellationToken)
            : recognized;
    }

    /// <summary>The page's text layer; null when it has none worth reading. <paramref name="scanBeneath"/> tells
    /// that a page-sized picture lies under a text layer too thin to be the page's content.</summary>
    private static DocumentPage? TryTextPage(Page page, int number, out bool scanBeneath)
    {
        scanBeneath = false;
        List<TextWord> words;
        List<PageBox> images;
        List<PageBox> strokes = [];
        double height;
        double width;
        try
        {
            height = page.Height;
            width = page.Width;
            words = [];
            var letters = 0;
            var pageWords = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            foreach (var word in GluedCaptions.Split(pageWords))
            {
                letters += word.Text.Count(char.IsLetterOrDigit);
                var box = word.Box;
                words.Add(new TextWord(
                    TextFold.ExpandLigatures(word.Text),
                    ToTopLeft(box.Left, box.Top, box.Right, box.Bottom, height),
                    1.0,
                    word.FontName) { CutFromWordBefore = word.Cut });
            }

            if (letters < MinLettersForTextPage)
            {
                return null;
            }

            images = [];
            foreach (var image in page.GetImages())
            {
                var box = image.BoundingBox;
                images.Add(ToTopLeft(box.Left, box.Top, box.Right, box.Bottom, height));
            }

            scanBeneath = letters < MinLettersOverScan && images.Any(i => TextOverScan.IsPageSized(i, width, height));

            // A signature drawn as pen strokes is ink placed on the page as a picture is.
            foreach (var box in FreehandStrokes.Of(page))
            {
                var stroke = ToTopLeft(box.Left, box.Top, box.Right, box.Bottom, height);
                images.Add(stroke);
                strokes.Add(stroke);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A page whose text layer cannot be decoded is treated as a scan.
            return null;
        }

        return new DocumentPage(number, width, height, words) { Images = images, Strokes = strokes };
    }

    /// <summary>The word's box. Words in Type 3 fonts (which browsers' PDF engines and some billing systems emit)
    /// come from PdfPig flat on their baseline, and their glyphs' own boxes are not to be trusted either: the font
    /// size above and below the baseline gives them the height the line builder needs.</summary>
    internal static PdfRectangle BoxOf(Word word)
    {
        var box = word.BoundingBox;
        if (word.Letters.Count == 0)
        {
            return box;
        }

        var size = word.Letters.Max(l => l.PointSize);
        if (box.Height >= 0.3 * size || size <= 0)
        {
            return box;
        }

        var baseline = word.Letters[0].StartBaseLine.Y;
        return new PdfRectangle(box.Left, baseline - (0.2 * size), box.Right, baseline + (0.7 * size));
    }

    private static PageBox ToTopLeft(double left, double top, double right, double bottom, double pageHeight)
    {
        var y1 = pageHeight - Math.Max(top, bottom);
        var y2 = pageHeight - Math.Min(top, bottom);
        return new PageBox(Math.Min(left, right), y1, Math.Max(left, right), y2);
    }
}
