using System.Diagnostics;
using PortMailBot.Intake.Telemetry;

namespace PortMailBot.Intake.Documents;

/// <summary>The OCR engine, each call an <c>ocr</c> span and counted in pages and seconds.</summary>
internal sealed class MeasuredOcrEngine(IOcrEngine inner) : IOcrEngine
{
    public bool IsAvailable => inner.IsAvailable;

    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken) =>
        RecognizeImage(encodedImage, null, cancellationToken);

    public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
        RecognizePdfPage(page, null, cancellationToken);

    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, string? language, CancellationToken cancellationToken) =>
        Measure("image", language, () => inner.RecognizeImage(encodedImage, language, cancellationToken), pages => pages.Count);

    public DocumentPage RecognizePdfPage(ScannedPdfPage page, string? language, CancellationToken cancellationToken) =>
        Measure("pdf-page", language, () => inner.RecognizePdfPage(page, language, cancellationToken), _ => 1);

    private static T Measure<T>(string kind, string? language, Func<T> read, Func<T, int> pagesOf)
    {
        using var activity = OcrTelemetry.Source.StartActivity("ocr");
        activity?.SetTag("portmailbot.ocr.input", kind);
        activity?.SetTag("portmailbot.ocr.language", language ?? "any");
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = read();
            OcrTelemetry.Pages.Add(pagesOf(result));
            return result;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            OcrTelemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
