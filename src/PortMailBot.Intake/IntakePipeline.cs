using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake;

/// <summary>The one code path from a message to a verdict, shared by <c>check</c> and the daemon.</summary>
public sealed class IntakePipeline(
    MailReader mailReader,
    RequestExtractor requestExtractor,
    DocumentReader documentReader,
    IOptions<IntakeOptions> options,
    IDocumentSetReader? documentSetReader = null)
{
    private readonly IntakeOptions _options = options.Value;

    /// <summary>Where the attachments are read: the contained worker process in the executable, else here.</summary>
    private readonly IDocumentSetReader _documents = documentSetReader ?? new InProcessDocumentSetReader(documentReader, options);

    public IntakeResult Check(Stream messageStream, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Check(mailReader.Read(messageStream, cancellationToken), file, asOf, cancellationToken);

    public IntakeResult Check(MimeMessage message, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Check(mailReader.Read(message, cancellationToken), file, asOf, cancellationToken);

    /// <summary>Checks a request made of several messages (oldest first), as the daemon does after the last
    /// one: texts and attachments merged (<see cref="ThreadMerger"/>); one message is checked as it is.</summary>
    public IntakeResult CheckThread(IReadOnlyList<ReceivedMessage> thread, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        CheckThread(thread, [], file, asOf, cancellationToken);

    /// <summary>The same, taking the extraction of every attachment whose bytes (<see cref="ExtractedDocument.ContentHash"/>)
    /// are among <paramref name="readBefore"/> instead of reading the file again.</summary>
    public IntakeResult CheckThread(IReadOnlyList<ReceivedMessage> thread, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(thread.Count);
        return Check(thread.Count == 1 ? thread[0] : ThreadMerger.Merge(thread), readBefore, file, asOf, cancellationToken);
    }

    public IntakeResult Check(ReceivedMessage received, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Check(received, [], file, asOf, cancellationToken);

    private IntakeResult Check(ReceivedMessage received, IReadOnlyList<ExtractedDocument> readBefore, string file, DateOnly asOf, CancellationToken cancellationToken)
    {
        var request = requestExtractor.Extract(received);
        var documents = new DocumentBatch(_documents).Read(received.Attachments, readBefore, request.Language, cancellationToken);
        var verdict = new VerdictBuilder(_options.BillMaxAgeDays).Build(file, received, request, documents, asOf);
        return new IntakeResult(verdict, received, request, documents);
    }

    /// <summary>Reads the attachments of one message as <see cref="Check(ReceivedMessage, string, DateOnly, CancellationToken)"/>
    /// would, without checking it: a caller that reads a message's documents ahead of its check hands them back
    /// as read before, and the check then reads none again.</summary>
    public IReadOnlyList<ExtractedDocument> ReadDocuments(ReceivedMessage received, CancellationToken cancellationToken = default) =>
        new DocumentBatch(_documents).Read(received.Attachments, [], requestExtractor.Extract(received).Language, cancellationToken);

    /// <summary>Today in the configured time zone: the default as-of day.</summary>
    public DateOnly Today(TimeProvider time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }
}
