using System.Diagnostics.CodeAnalysis;
using UglyToad.PdfPig;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>A PDF opened as the document reader opens it, whose pages are handed out as
/// <see cref="ScannedPdfPage"/>s: for tools and tests that drive an OCR engine on one page.</summary>
public sealed class ScannedPdf : IDisposable
{
    private readonly PdfDocument _document;
    private readonly byte[] _pdf;

    private ScannedPdf(PdfDocument document, byte[] pdf) => (_document, _pdf) = (document, pdf);

    public int PageCount => _document.NumberOfPages;

    /// <exception cref="DocumentUnreadableException">The file is not a PDF PdfPig can open.</exception>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The document is handed to the ScannedPdf returned, which owns and disposes it.")]
    public static ScannedPdf Open(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        try
        {
            return new ScannedPdf(PdfDocument.Open(pdf, PdfPageReader.Parsing()), pdf);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new DocumentUnreadableException("corrupt or truncated PDF: " + ex.Message, ex);
        }
    }

    /// <summary>Page <paramref name="number"/> (from 1), valid while this document is open.</summary>
    public ScannedPdfPage Page(int number) => new PdfPigScannedPage(_document.GetPage(number), _pdf);

    public void Dispose() => _document.Dispose();
}
