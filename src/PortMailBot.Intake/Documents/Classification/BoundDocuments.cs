using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Documents.Classification;

/// <summary>Finds the documents scanned into one file: a customer who feeds the LOA, the CSR and the bill
/// through the office scanner in one go sends one PDF whose pages are three documents. A page opens a new
/// document when its own heading names another kind than the pages before it and its wording as a whole
/// agrees; pages with no heading of their own (a bill's second page, the rest of a form) stay with the
/// document they follow.</summary>
internal static class BoundDocuments
{
    /// <summary>The part of a page whose wording counts as its heading (a title, a carrier's banner).</summary>
    private const double HeadingBand = 0.2;

    /// <summary>The pages of each document in the file, in order; one run holding every page when the file
    /// is one document.</summary>
    public static IReadOnlyList<IReadOnlyList<DocumentPage>> Split(IReadOnlyList<DocumentPage> pages)
    {
        if (pages.Count < 2)
        {
            return [pages];
        }

        var runs = new List<List<DocumentPage>> { new() { pages[0] } };
        var current = Read(pages[0]).Kind;
        foreach (var page in pages.Skip(1))
        {
            var reading = Read(page);
            if (current != DocumentKind.Other && reading.Opens is { } opened && opened != current
                && reading.Scores[opened] > reading.Scores[current])
            {
                runs.Add([page]);
                current = opened;
                continue;
            }

            runs[^1].Add(page);
            if (current == DocumentKind.Other)
            {
                current = reading.Kind;
            }
        }

        return runs;
    }

    private sealed record PageReading(DocumentKind Kind, DocumentKind? Opens, IReadOnlyDictionary<DocumentKind, double> Scores);

    /// <summary>What one page alone says it is, and the kind its heading names (null when its heading names
    /// none, or names one its wording as a whole does not bear out).</summary>
    private static PageReading Read(DocumentPage page)
    {
        var lines = LineBuilder.Build(page);
        var scores = DocumentClassifier.Score([page], lines);
        var kind = DocumentClassifier.Classify(scores);
        var heading = lines.Where(l => page.Height > 0 && l.Box.Top < page.Height * HeadingBand).ToList();
        var headingKind = heading.Count > 0 ? DocumentClassifier.Classify(DocumentClassifier.Score([page], heading, recordTitles: false)) : DocumentKind.Other;
        return new PageReading(kind, headingKind != DocumentKind.Other && headingKind == kind ? headingKind : null, scores);
    }
}
