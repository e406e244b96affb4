using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using PortMailBot.Daemon.Telemetry;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Telemetry;

/// <summary>Processing a message emits the <c>PortMailBot</c> instruments and one connected trace from the poll to
/// the reply sent, each span about the request carrying its id.</summary>
public sealed class DaemonTelemetryTests
{
    [Fact]
    public async Task A_message_from_arrival_to_reply_is_one_trace_and_is_counted()
    {
        var ct = TestContext.Current.CancellationToken;
        var spans = new ConcurrentQueue<Activity>();
        var measurements = new ConcurrentQueue<(string Name, double Value, Dictionary<string, object?> Tags)>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = s => s.Name == DaemonTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(tracing);
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == DaemonTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tags(tags))));
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Tags(tags))));
        meters.Start();

        await using var daemon = new DaemonHarness(new Dictionary<string, string?> { ["Mail:From"] = "Twilio Porting <porting@example.com>" });
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        await MailMaker.EnglishTextOnly("customer@example.com", "porting@example.com").WriteToAsync(Path.Combine(inbox, "request.eml"), ct);
        using var test = new Activity("test").Start(); // this test's own root: other tests' spans are not its children
        Assert.Equal(0, (await daemon.RunOnceAsync(ct)).Unsent);
        test.Stop();

        // The trace: round > poll > process > intake, enqueue; round > send; all in this test's trace.
        var mine = spans.Where(s => s.TraceId == test.TraceId).ToList();
        Activity Span(string name) => Assert.Single(mine, s => s.OperationName == name);
        var (round, poll, process, intake, enqueue, send) = (Span("round"), Span("poll"), Span("process"), Span("intake"), Span("enqueue"), Span("send"));
        Assert.Equal(round.SpanId, poll.ParentSpanId);
        Assert.Equal(poll.SpanId, process.ParentSpanId);
        Assert.Equal(process.SpanId, intake.ParentSpanId);
        Assert.Equal(process.SpanId, enqueue.ParentSpanId);
        Assert.Equal(round.SpanId, send.ParentSpanId);
        var id = Assert.IsType<string>(process.GetTagItem(DaemonTelemetry.RequestIdTag));
        Assert.Equal(id, enqueue.GetTagItem(DaemonTelemetry.RequestIdTag));
        Assert.Equal(id, send.GetTagItem(DaemonTelemetry.RequestIdTag));
        Assert.Equal("Answered", process.GetTagItem("portmailbot.message.outcome"));

        // The instruments (other tests may run alongside: at least this test's).
        meters.RecordObservableInstruments();
        var seen = measurements.ToList();
        Assert.Contains(seen, m => m.Name == "portmailbot.polls" && Equals(m.Tags["outcome"], "ok"));
        Assert.Contains(seen, m => m.Name == "portmailbot.messages" && Equals(m.Tags["outcome"], "Answered"));
        Assert.Contains(seen, m => m.Name == "portmailbot.verdicts" && m.Tags.ContainsKey("reason") && m.Tags.ContainsKey("decision"));
        Assert.Contains(seen, m => m.Name == "portmailbot.replies.sent");
        Assert.Contains(seen, m => m.Name == "portmailbot.outbox.age" && m.Value >= 0);
        Assert.Contains(seen, m => m.Name == "portmailbot.outbox.unsent");
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var all = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in tags)
        {
            all[key] = value;
        }

        return all;
    }
}
