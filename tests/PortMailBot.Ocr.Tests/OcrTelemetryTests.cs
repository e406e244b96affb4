using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Telemetry;

namespace PortMailBot.Ocr.Tests;

/// <summary>A scan read through the intake's document reader by the real engine is an <c>ocr</c> span in the
/// caller's trace, counted in pages and timed.</summary>
public sealed class OcrTelemetryTests(OcrEngineFixture fixture)
{
    [Fact]
    public void A_scanned_page_is_an_ocr_span_counted_in_pages_and_seconds()
    {
        var engine = fixture.Engine;
        var spans = new ConcurrentQueue<Activity>();
        var measurements = new ConcurrentQueue<(string Name, double Value)>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = s => s.Name == OcrTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(tracing);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == OcrTelemetry.Name && instrument.Name.StartsWith("portmailbot.ocr.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, _, _) => measurements.Enqueue((i.Name, v)));
        meters.SetMeasurementEventCallback<double>((i, v, _, _) => measurements.Enqueue((i.Name, v)));
        meters.Start();

        using var intake = new Activity("intake").Start();
        var document = new DocumentReader(engine).Read(new AttachmentFile("LOA.jpg", "image/jpeg", TestScans.ExampleLoa), "en", TestContext.Current.CancellationToken);
        intake.Stop();

        Assert.Null(document.Unreadable);
        var ocr = Assert.Single(spans, s => s.TraceId == intake.TraceId);
        Assert.Equal("ocr", ocr.OperationName);
        Assert.Equal(intake.SpanId, ocr.ParentSpanId);
        Assert.Equal("image", ocr.GetTagItem("portmailbot.ocr.input"));
        Assert.Contains(measurements, m => m.Name == "portmailbot.ocr.pages" && m.Value >= 1);
        Assert.Contains(measurements, m => m.Name == "portmailbot.ocr.duration" && m.Value > 0);
    }
}
