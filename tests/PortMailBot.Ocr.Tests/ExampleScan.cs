using MimeKit;
using PortMailBot.Intake.Documents;
using PortMailBot.TestData;

namespace PortMailBot.Ocr.Tests;

/// <summary>The shipped example's scanned LOA, CSR and bill (200 dpi JPEGs), and the fields every degraded copy of
/// them must still give: its kind, the postal code, the number and, for the bill, its statement date.</summary>
internal static class ExampleScan
{
    private const string Example = "004-en-complete-scanned.eml";

    public static byte[] Attachment(string fileName)
    {
        using var message = MimeMessage.Load(Path.Combine(RepoPaths.Examples, Example));
        var part = message.Attachments.OfType<MimePart>().Single(p => p.FileName == fileName);
        Assert.NotNull(part.Content);
        using var buffer = new MemoryStream();
        part.Content.DecodeTo(buffer);
        return buffer.ToArray();
    }

    public static void AssertKeyFields(string fileName, DocumentKind kind, IReadOnlyList<DocumentPage> pages)
    {
        var document = DocumentReader.FromPages(fileName, pages);
        var text = PageText.Of(pages);
        Assert.Equal(kind, document.Kind);
        Assert.Contains("M5V 2A9", text, StringComparison.Ordinal);
        Assert.Contains("4162037781", PageText.Digits(text), StringComparison.Ordinal);
        if (kind == DocumentKind.Bill)
        {
            Assert.Equal(new DateOnly(2026, 11, 15), document.StatementDate);
        }
    }
}
