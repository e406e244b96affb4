using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PortMailBot.Daemon.Telemetry;

/// <summary>The daemon's meter and activity source, both named <c>PortMailBot</c>. A message's trace: <c>round</c>
/// (one poll-and-send) with <c>poll</c>, a <c>process</c> per message, its <c>intake</c> (with an <c>ocr</c> per
/// scanned page) and <c>enqueue</c>, then a <c>send</c> per reply; the spans about one request carry its id
/// (<see cref="RequestIdTag"/>), which also ties a reply sent in a later round to its message.</summary>
public static class DaemonTelemetry
{
    public const string Name = "PortMailBot";
    public const string RequestIdTag = "portmailbot.request_id";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Polls = Meter.CreateCounter<long>("portmailbot.polls", "{poll}", "Polls of the inbox, by outcome (ok, failed)");

    public static readonly Counter<long> Messages = Meter.CreateCounter<long>("portmailbot.messages", "{message}", "Messages taken from the inbox, by outcome (answered, operator, ignored, ...)");

    public static readonly Counter<long> Verdicts = Meter.CreateCounter<long>("portmailbot.verdicts", "{reason}", "Intake verdicts, one per reason (accepted: the reason 'none'), with the decision");

    public static readonly Counter<long> RepliesSent = Meter.CreateCounter<long>("portmailbot.replies.sent", "{reply}", "Replies the SMTP server took");

    public static readonly Gauge<double> OutboxAge = Meter.CreateGauge<double>("portmailbot.outbox.age", "s", "How long the oldest unsent reply has waited, after each dispatch (0: none waits)");

    public static readonly Gauge<long> OutboxUnsent = Meter.CreateGauge<long>("portmailbot.outbox.unsent", "{reply}", "Replies still unsent after each dispatch");
}
