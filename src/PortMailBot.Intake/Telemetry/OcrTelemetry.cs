using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PortMailBot.Intake.Telemetry;

/// <summary>The OCR's share of the <c>PortMailBot</c> meter and activity source (the daemon's, by name: a listener
/// or exporter for <c>PortMailBot</c> sees both).</summary>
public static class OcrTelemetry
{
    public const string Name = "PortMailBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Pages read by OCR.</summary>
    public static readonly Counter<long> Pages = Meter.CreateCounter<long>("portmailbot.ocr.pages", "{page}", "Pages read by OCR");

    /// <summary>How long one OCR call took (one image, all its pages, or one scanned PDF page).</summary>
    public static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("portmailbot.ocr.duration", "s", "Time spent reading one image or scanned PDF page by OCR");
}
