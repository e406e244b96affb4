using MimeKit;
using PortMailBot.TestData;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace PortMailBot.Ocr.Tests;

/// <summary>The real scans the OCR tests read, all in the repository: a few copied from the public samples
/// into <c>TestData/</c>, and the scanned pages of the shipped example request
/// (<c>examples/inbox/004-en-complete-scanned.eml</c>).</summary>
internal static class TestScans
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> ExamplePages = new(ReadExamplePages);

    /// <summary>A crooked 200-dpi scan of a signed French LOA whose values sit on underlines (public sample 010).</summary>
    public static byte[] FrenchLoa => Read("loa-fr-scan.jpg");

    /// <summary>A two-page bill sent as a G4 fax TIFF (public sample 027).</summary>
    public static byte[] FaxBill => Read("bill-g4-fax.tif");

    /// <summary>An unsigned LOA as a text-layer PDF without any image (public sample 009).</summary>
    public static byte[] UnsignedLoaPdf => Read("loa-unsigned.pdf");

    /// <summary>The example's signed LOA, scanned at 200 dpi (JPEG).</summary>
    public static byte[] ExampleLoa => ExamplePages.Value["LOA.jpg"];

    /// <summary>The example's customer service record, scanned at 200 dpi (JPEG).</summary>
    public static byte[] ExampleCsr => ExamplePages.Value["CSR.jpg"];

    /// <summary>The example's bill, scanned at 200 dpi (JPEG).</summary>
    public static byte[] ExampleBill => ExamplePages.Value["Bill.jpg"];

    /// <summary>An image-only PDF, one letter-size page per scan, the way a copier sends a scan.</summary>
    public static byte[] ImageOnlyPdf(params byte[][] jpegs)
    {
        var builder = new PdfDocumentBuilder();
        foreach (var jpeg in jpegs)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddJpeg(jpeg, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        }

        return builder.Build();
    }

    private static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static Dictionary<string, byte[]> ReadExamplePages()
    {
        using var message = MimeMessage.Load(Path.Combine(RepoPaths.Examples, "004-en-complete-scanned.eml"));
        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var part in message.Attachments.OfType<MimePart>())
        {
            using var content = new MemoryStream();
            part.Content!.DecodeTo(content);
            pages[part.FileName!] = content.ToArray();
        }

        return pages;
    }
}
