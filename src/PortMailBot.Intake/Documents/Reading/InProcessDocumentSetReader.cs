using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Documents.Reading;

/// <summary>Reads a message's attachments in this process, several at once, under a cooperative deadline
/// and the message's page budget. The contained worker process runs exactly this.</summary>
public sealed class InProcessDocumentSetReader(DocumentReader documentReader, IOptions<IntakeOptions> options) : IDocumentSetReader
{
    private readonly IntakeOptions _options = options.Value;

    public IReadOnlyList<ExtractedDocument> ReadAll(IReadOnlyList<AttachmentFile> attachments, string language, CancellationToken cancellationToken) =>
        ReadAll(attachments, language, _options.MessageTimeout, null, cancellationToken);

    /// <summary>The same with a deadline of its own, telling <paramref name="onRead"/> of each document as soon
    /// as it is read (the worker process sends it on at once, so it is kept if the worker is killed later).</summary>
    /// <remarks>Scanned pages are read expecting the message's <paramref name="language"/>: one model instead
    /// of every configured one is the largest saving in OCR time (docs/benchmarks.md).</remarks>
    public IReadOnlyList<ExtractedDocument> ReadAll(
        IReadOnlyList<AttachmentFile> attachments,
        string language,
        TimeSpan timeout,
        Action<int, ExtractedDocument>? onRead,
        CancellationToken cancellationToken)
    {
        var results = new ExtractedDocument[attachments.Count];
        var budget = new PageBudget(_options.MaxPagesPerMessage);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelDocuments) };

        // Largest first, taken one at a time: a long scan started last would keep one OCR engine busy
        // while the others stand idle, and the message would wait for it.
        var largestFirst = Enumerable.Range(0, attachments.Count).OrderByDescending(i => attachments[i].Content.Length).ToArray();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            var file = attachments[i];
            try
            {
                results[i] = documentReader.Read(file, language, budget, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                results[i] = new ExtractedDocument(file.FileName, DocumentKind.Other) { Unreadable = DocumentBatch.TookTooLong };
            }

            onRead?.Invoke(i, results[i]);
        });
        cancellationToken.ThrowIfCancellationRequested();
        return [.. results];
    }
}
