using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Pdf;

namespace PortMailBot.Intake.Tests.Documents.Pdf;

/// <summary>A scan read by OCR merged with the thin text layer drawn over it: the text layer's exact words win where
/// both read the same ink, and every other word of either stays where it stands.</summary>
public sealed class TextOverScanTests
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;

    public static TheoryData<double, double> Offsets => new()
    {
        { 0, 0 },
        { 1.5, -1 },
        { -2, 1.5 },
        { 3, 2 },
    };

    [Theory]
    [MemberData(nameof(Offsets))]
    public void Typed_values_replace_the_ocr_reading_of_the_same_ink_and_keep_the_scanned_captions(double dx, double dy)
    {
        // Values typed onto a scanned blank form: OCR reads the captions and, where the page was rendered whole,
        // the typed values too (a little off); the text layer has the values exactly.
        var scan = Page(true,
            Word("Customer", 40, 100), Word("name:", 95, 100),
            Word("Jean-Phi1ippe", 160 + dx, 100 + dy), Word("Tremb1ay", 235 + dx, 100 + dy),
            Word("Service", 40, 130), Word("address:", 90, 130));
        var text = Page(false, Word("Jean-Philippe", 160, 100), Word("Tremblay", 235, 100), Word("4065", 160, 130), Word("Rue", 190, 130));

        var merged = TextOverScan.Merge(scan, text);

        var words = merged.Words.Select(w => w.Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["4065", "Customer", "Jean-Philippe", "Rue", "Service", "Tremblay", "address:", "name:"], words);
        Assert.True(merged.FromOcr);
    }

    [Fact]
    public void The_page_sized_picture_is_no_signature_but_a_small_one_stays()
    {
        var scan = Page(true, Word("Signature", 40, 700));
        var text = Page(false, Word("Received", 20, 10)) with
        {
            Images = [new PageBox(0, 0, PageWidth, PageHeight), new PageBox(120, 680, 260, 705)],
        };

        var merged = TextOverScan.Merge(scan, text);

        Assert.Equal([new PageBox(120, 680, 260, 705)], merged.Images);
    }

    private static DocumentPage Page(bool ocr, params TextWord[] words) =>
        new(1, PageWidth, PageHeight, words) { FromOcr = ocr };

    private static TextWord Word(string text, double left, double top) =>
        new(text, new PageBox(left, top, left + (5.5 * text.Length), top + 10), 0.9);
}
