using PortMailBot.Intake.Documents.Classification;
using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Documents.Pdf;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Documents.Spreadsheets;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Documents;

/// <summary>Reads one attachment (PDF, image, spreadsheet), classifies it by content and extracts its fields.</summary>
public sealed class DocumentReader(IOcrEngine ocr)
{
    /// <summary>Images with fewer pixels than this (by their header) are logos and signatures inlined in the
    /// mail, not scanned documents. Pixels, not bytes: a tiny file may claim a huge image, which the OCR
    /// engine must see so that its pixel bound refuses it.</summary>
    private const long MaxLogoPixels = 150_000;

    /// <summary>Text files larger than this are not number lists.</summary>
    private const int MaxTextBytes = 2 * 1024 * 1024;

    public IOcrEngine Ocr { get; } = ocr is MeasuredOcrEngine ? ocr : new MeasuredOcrEngine(ocr);

    /// <summary>Never throws for bad input: an unreadable file comes back with <see cref="ExtractedDocument.Unreadable"/> set.</summary>
    public ExtractedDocument Read(AttachmentFile file, CancellationToken cancellationToken) => Read(file, null, cancellationToken);

    /// <summary>The same, scanned pages read first as text in <paramref name="language"/> (the message's:
    /// "en" or "fr"; null: every configured language). A page whose words turn out to be in the other
    /// language is read again with every language, so a French form sent with an English message still
    /// keeps its accents.</summary>
    public ExtractedDocument Read(AttachmentFile file, string? language, CancellationToken cancellationToken) =>
        Read(file, language, PageBudget.Unlimited, cancellationToken);

    /// <summary>The same, taking each page it reads from the message's <paramref name="budget"/>; pages beyond
    /// it are not read (<see cref="ExtractedDocument.PagesNotRead"/>).</summary>
    public ExtractedDocument Read(AttachmentFile file, string? language, PageBudget budget, CancellationToken cancellationToken)
    {
        var name = file.FileName ?? "";
        var content = file.Content ?? [];
        try
        {
            if (content.Length == 0)
            {
                return Unreadable(name, "empty file");
            }

            return FileFormatSniffer.Detect(name, file.ContentType ?? "", content) switch
            {
                FileFormat.Pdf => ReadPdf(name, content, language, budget, cancellationToken),
                FileFormat.Image => ReadImage(name, content, language, budget, cancellationToken),
                FileFormat.Xlsx => FromRows(name, XlsxNumberReader.ReadRows(content, cancellationToken)),
                FileFormat.Csv => FromRows(name, CsvNumberReader.ReadRows(content, cancellationToken)),
                FileFormat.Text => ReadText(name, content, cancellationToken),
                FileFormat.LegacyXls => Unreadable(name, "legacy .xls not supported; send .xlsx or .csv"),
                FileFormat.OleCompound => Unreadable(name, "encrypted or legacy Office file not supported"),
                _ => new ExtractedDocument(name, DocumentKind.Other),
            };
        }
        catch (DocumentUnreadableException ex)
        {
            return Unreadable(name, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug on hostile input must not take the message down with it.
            return Unreadable(name, "could not be read: " + ex.GetType().Name);
        }
        catch (OutOfMemoryException)
        {
            return Unreadable(name, "too large to read");
        }
    }

    /// <summary>Classifies and extracts fields from pages that are already read (used by <see cref="Read"/>
    /// and by tests that build pages by hand). Pages holding several documents one after the other come back
    /// as the first, the others <see cref="ExtractedDocument.Enclosed"/> in it.</summary>
    public static ExtractedDocument FromPages(string fileName, IReadOnlyList<DocumentPage> pages)
    {
        var runs = BoundDocuments.Split(pages);
        if (runs.Count == 1)
        {
            return FromDocumentPages(fileName, pages);
        }

        var documents = runs.Select(run => FromDocumentPages(fileName, run)).ToList();
        return documents[0] with { Ocr = documents.Any(d => d.Ocr), Enclosed = documents.Skip(1).ToList() };
    }

    private static ExtractedDocument FromDocumentPages(string fileName, IReadOnlyList<DocumentPage> pages)
    {
        var layout = new PageLayout(pages);
        var scores = DocumentClassifier.Score(pages, layout.Lines);
        var kind = DocumentClassifier.Classify(scores);
        var document = new ExtractedDocument(fileName, kind) { Ocr = layout.FromOcr };
        if (kind != DocumentKind.Other)
        {
            return DocumentFieldExtractor.Fill(document, layout);
        }

        // Read as what it most resembles, so that the request can use it for a kind nothing else supplies.
        return DocumentClassifier.Likely(scores, fileName) is { } likely
            ? DocumentFieldExtractor.Fill(document with { Kind = likely }, layout) with { Kind = DocumentKind.Other, LikelyKind = likely }
            : document;
    }

    private ExtractedDocument ReadPdf(string name, byte[] content, string? language, PageBudget budget, CancellationToken cancellationToken)
    {
        var (pages, notRead) = new PdfPageReader(Ocr).Read(content, language, budget, cancellationToken);
        if (pages.Count == 0)
        {
            return Unreadable(name, budget.NotReadReason(notRead));
        }

        return FromPages(name, pages) with { PagesNotRead = notRead, PagesNotReadReason = notRead > 0 ? budget.NotReadReason(notRead) : null };
    }

    private ExtractedDocument ReadImage(string name, byte[] content, string? language, PageBudget budget, CancellationToken cancellationToken)
    {
        if (ImageHeader.Dimensions(content) is var (width, height) && (long)width * height < MaxLogoPixels)
        {
            return new ExtractedDocument(name, DocumentKind.Other);
        }

        if (!Ocr.IsAvailable)
        {
            return Unreadable(name, "scanned document; OCR not available");
        }

        if (!budget.HasPages)
        {
            return Unreadable(name, budget.NotReadReason(1));
        }

        var recognized = Ocr.RecognizeImage(content, language, cancellationToken);
        if (language is not null && LanguageDetector.Contradicts(language, PdfPageReader.TextOf(recognized)))
        {
            recognized = Ocr.RecognizeImage(content, null, cancellationToken);
        }

        // A multi-page TIFF is recognised whole (the OCR engine bounds its pages); the message's budget
        // then decides how many of them count.
        var pages = recognized
            .Take(PdfPageReader.MaxPages)
            .TakeWhile(_ => budget.TryTake())
            .Select(p => p with { FromOcr = true })
            .ToList();
        var notRead = recognized.Count - pages.Count;
        if (pages.Count == 0 && notRead > 0)
        {
            return Unreadable(name, budget.NotReadReason(notRead));
        }

        if (pages.Count == 0 || pages.All(p => p.Words.Count == 0))
        {
            return new ExtractedDocument(name, DocumentKind.Other) { Ocr = true };
        }

        return FromPages(name, pages) with { PagesNotRead = notRead, PagesNotReadReason = notRead > 0 ? budget.NotReadReason(notRead) : null };
    }

    private static ExtractedDocument FromRows(string name, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var numbers = NumberTable.Extract(rows);
        return numbers.Count == 0
            ? new ExtractedDocument(name, DocumentKind.Other)
            : new ExtractedDocument(name, DocumentKind.Numbers) { ListedNumbers = numbers };
    }

    /// <summary>A .txt attachment counts as a number list when its lines are numbers and little else.</summary>
    private static ExtractedDocument ReadText(string name, byte[] content, CancellationToken cancellationToken)
    {
        if (content.Length > MaxTextBytes)
        {
            return new ExtractedDocument(name, DocumentKind.Other);
        }

        var lines = CsvNumberReader.Decode(content).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .Take(NumberTable.MaxRows)
            .ToList();
        var numbers = new List<RequestedNumber>();
        var numberLines = 0;
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = line.Length <= 200 ? PhoneNumberFinder.Find(line) : [];
            if (found.Count > 0)
            {
                numberLines++;
                numbers.AddRange(found);
            }
        }

        // A header line or two is fine; prose with a number in it is not a list.
        var isList = numberLines > 0 && numberLines >= lines.Count - 2 && numberLines * 2 >= lines.Count;
        return isList
            ? new ExtractedDocument(name, DocumentKind.Numbers) { ListedNumbers = numbers.DistinctBy(n => n.Number).ToList() }
            : new ExtractedDocument(name, DocumentKind.Other);
    }

    private static ExtractedDocument Unreadable(string name, string reason) =>
        new(name, DocumentKind.Other) { Unreadable = reason };
}
