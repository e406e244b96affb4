using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PortMailBot.Daemon.Processing;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.Intake;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>Messages with documents are processed one at a time; the next one's documents are read while the one
/// before it is checked, and its check then reads none of them again.</summary>
public sealed class DocumentReadAheadTests
{
    private const string Bot = "porting@localhost";

    private static MimeMessage LargeRequest(int n)
    {
        var message = MailMaker.CompleteRequest($"customer{n}@example.com", Bot);
        var body = new BodyBuilder { TextBody = message.TextBody };
        foreach (var attachment in message.Attachments.OfType<MimePart>())
        {
            using var bytes = new MemoryStream();
            attachment.Content!.DecodeTo(bytes);
            body.Attachments.Add(attachment.FileName ?? "document.pdf", bytes.ToArray(), attachment.ContentType);
        }

        // Large enough to be processed alone, as a message with scanned pages is.
        body.Attachments.Add("notes.txt", System.Text.Encoding.ASCII.GetBytes(new string('x', BatchProcessor.AloneAboveBytes + 1024)), new ContentType("text", "plain"));
        message.Body = body.ToMessageBody();
        return message;
    }

    private static async Task DropAsync(DaemonHarness daemon, IEnumerable<MimeMessage> messages, CancellationToken ct)
    {
        var inbox = Path.Combine(daemon.DataFolder, "mail", "inbox");
        Directory.CreateDirectory(inbox);
        var n = 0;
        foreach (var message in messages)
        {
            await message.WriteToAsync(Path.Combine(inbox, $"{++n:000}.eml"), ct);
        }
    }

    [Fact]
    public async Task The_next_message_with_documents_is_read_while_the_one_before_is_checked_and_not_read_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness([], s => s.AddSingleton<ObservingChecker>().AddSingleton<IRequestChecker>(sp => sp.GetRequiredService<ObservingChecker>()));
        await DropAsync(daemon, Enumerable.Range(1, 3).Select(LargeRequest), ct);
        var checker = daemon.Services.GetRequiredService<ObservingChecker>();

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(3, result.Summary.Answered);
        Assert.Equal(["customer2@example.com", "customer3@example.com"], checker.ReadAhead.OrderBy(x => x, StringComparer.Ordinal));
        Assert.True(checker.NextReadDuringFirstCheck, "the second message's documents were not being read while the first was checked");
        Assert.Equal([0, 4, 4], checker.ReadBeforeCounts);
        Assert.All(checker.Accepted, Assert.True);
    }

    [Fact]
    public async Task With_read_ahead_off_each_message_reads_its_own_documents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness(new() { ["Poll:ReadAhead"] = "false" }, s => s.AddSingleton<ObservingChecker>().AddSingleton<IRequestChecker>(sp => sp.GetRequiredService<ObservingChecker>()));
        await DropAsync(daemon, Enumerable.Range(1, 2).Select(LargeRequest), ct);
        var checker = daemon.Services.GetRequiredService<ObservingChecker>();
        checker.WaitForSecond = false;

        var result = await daemon.RunOnceAsync(ct);

        Assert.Equal(2, result.Summary.Answered);
        Assert.Empty(checker.ReadAhead);
        Assert.Equal([0, 0], checker.ReadBeforeCounts);
    }

    [Fact]
    public async Task Without_a_checker_that_reads_documents_apart_every_message_is_checked_as_before()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var daemon = new DaemonHarness([]);
        await DropAsync(daemon, Enumerable.Range(1, 2).Select(LargeRequest), ct);

        var result = await daemon.RunOnceAsync(ct);

        Assert.False(daemon.Services.GetRequiredService<DocumentReadAhead>().Enabled);
        Assert.Equal(2, result.Summary.Answered);
    }

    /// <summary>The real engine; records what was read ahead, what each check was handed, and whether the second
    /// message's reading had started while the first message was being checked.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1812:Avoid uninstantiated internal classes", Justification = "Created by the service container.")]
    private sealed class ObservingChecker(IntakePipeline pipeline, TimeProvider time) : IRequestChecker, IDocumentPrereader, IDisposable
    {
        private readonly PipelineRequestChecker _real = new(pipeline, time);
        private readonly ManualResetEventSlim _secondStarted = new();
        private readonly object _gate = new();

        public ConcurrentBag<string> ReadAhead { get; } = [];

        public List<int> ReadBeforeCounts { get; } = [];

        public List<bool> Accepted { get; } = [];

        public bool NextReadDuringFirstCheck { get; private set; }

        public bool WaitForSecond { get; set; } = true;

        public DateOnly Today() => _real.Today();

        public void Dispose() => _secondStarted.Dispose();

        public IntakeResult Check(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken)
        {
            var first = false;
            lock (_gate)
            {
                first = ReadBeforeCounts.Count == 0;
                ReadBeforeCounts.Add(readBefore.Count);
            }

            if (first && WaitForSecond)
            {
                NextReadDuringFirstCheck = _secondStarted.Wait(TimeSpan.FromSeconds(30), cancellationToken);
            }

            var result = _real.Check(thread, readBefore, file, asOf, cancellationToken);
            lock (_gate)
            {
                Accepted.Add(result.Verdict.Accepted);
            }

            return result;
        }

        public IReadOnlyList<ExtractedDocument> ReadDocuments(ReceivedMessage message, CancellationToken cancellationToken)
        {
            var sender = message.Mime!.From.Mailboxes.First().Address;
            ReadAhead.Add(sender);
            if (string.Equals(sender, "customer2@example.com", StringComparison.Ordinal))
            {
                _secondStarted.Set();
            }

            return _real.ReadDocuments(message, cancellationToken);
        }
    }
}
