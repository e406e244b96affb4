namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>One page from a scan read by OCR and the thin text layer drawn over it (a fax banner, a scanner's
/// stamp, values typed onto a scanned form). Both are in page units, so captions read from the picture and
/// values typed beside them stand where they stand on paper.</summary>
internal static class TextOverScan
{
    /// <summary>An OCR word overlapped this much by a text-layer word is a reading of the same ink: the text
    /// layer's exact letters are kept instead.</summary>
    private const double SameWordOverlap = 0.3;

    /// <summary>A picture covering this share of the page may be a scan of the page itself, not a signature.</summary>
    private const double ScanCoverage = 0.6;

    /// <summary>Whether <paramref name="picture"/> is big enough to be a scan of the whole page.</summary>
    public static bool IsPageSized(PageBox picture, double pageWidth, double pageHeight) =>
        picture.Width * picture.Height >= ScanCoverage * pageWidth * pageHeight;

    public static DocumentPage Merge(DocumentPage scan, DocumentPage text)
    {
        var typed = text.Words;
        var words = scan.Words.Where(w => !typed.Any(t => Overlap(w.Box, t.Box) > SameWordOverlap)).Concat(typed).ToList();
        var pictures = text.Images.Where(i => !IsPageSized(i, text.Width, text.Height)).ToList();
        return scan with
        {
            Words = words,
            Images = [.. scan.Images, .. pictures],
            Strokes = [.. scan.Strokes, .. text.Strokes],
        };
    }

    /// <summary>The intersection's area as a share of the smaller box's.</summary>
    private static double Overlap(PageBox a, PageBox b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        if (width <= 0 || height <= 0)
        {
            return 0;
        }

        var smaller = Math.Min(a.Width * a.Height, b.Width * b.Height);
        return smaller <= 0 ? 0 : width * height / smaller;
    }
}
