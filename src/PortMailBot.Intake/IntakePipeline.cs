using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake;

/// <summary>The one code path from a message to a verdict, shared by <c>check</c> and the daemon.</summary>
public sealed class IntakePipeline(
    MailReader mailReader,
    RequestExtractor requestExtractor,
    DocumentReader documentReader,
    IOptions<IntakeOptions> options)
{
    private readonly IntakeOptions _options = options.Value;

    public IntakeResult Check(Stream messageStream, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Check(mailReader.Read(messageStream, cancellationToken), file, asOf, cancellationToken);

    public IntakeResult Check(MimeMessage message, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Check(mailReader.Read(message, cancellationToken), file, asOf, cancellationToken);

    /// <summary>Checks a request made of several messages (oldest first), as the daemon does after the last
    /// one: texts and attachments merged (<see cref="ThreadMerger"/>); one message is checked as it is.</summary>
    public IntakeResult CheckThread(IReadOnlyList<ReceivedMessage> thread, string file, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(thread.Count);
        return Check(thread.Count == 1 ? thread[0] : ThreadMerger.Merge(thread), file, asOf, cancellationToken);
    }

    public IntakeResult Check(ReceivedMessage received, string file, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var request = requestExtractor.Extract(received);
        var documents = ReadDocuments(received.Attachments, request.Language, cancellationToken);
        var verdict = new VerdictBuilder(_options.BillMaxAgeDays).Build(file, received, request, documents, asOf);
        return new IntakeResult(verdict, received, request, documents);
    }

    /// <summary>Today in the configured time zone: the default as-of day.</summary>
    public DateOnly Today(TimeProvider time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>Scanned pages are read expecting the message's <paramref name="language"/>: one model instead
    /// of every configured one is the largest saving in OCR time (docs/benchmarks.md).</summary>
    private List<ExtractedDocument> ReadDocuments(IReadOnlyList<AttachmentFile> attachments, string language, CancellationToken cancellationToken)
    {
        var results = new ExtractedDocument[attachments.Count];
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.MessageTimeout);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelDocuments) };

        // Largest first, taken one at a time: a long scan started last would keep one OCR engine busy
        // while the others stand idle, and the message would wait for it.
        var largestFirst = Enumerable.Range(0, attachments.Count).OrderByDescending(i => attachments[i].Content.Length).ToArray();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            var file = attachments[i];
            try
            {
                results[i] = documentReader.Read(file, language, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                results[i] = new ExtractedDocument(file.FileName, DocumentKind.Other) { Unreadable = "took too long to read" };
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        return [.. results];
    }
}
