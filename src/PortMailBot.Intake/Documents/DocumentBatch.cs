using System.Collections.Concurrent;

namespace PortMailBot.Intake.Documents;

/// <summary>Reads the attachments of one request, in parallel, each distinct file once: a file whose bytes
/// (and extension) were read before, earlier in the thread or in this same message, takes that extraction
/// under its own name instead of being read or OCR'd again.</summary>
internal sealed class DocumentBatch(DocumentReader documentReader, IntakeOptions options)
{
    /// <summary>Why a document that ran out of time is unreadable; never reused, so a later check may read it.</summary>
    internal const string TookTooLong = "took too long to read";

    /// <summary>Scanned pages are read expecting the message's <paramref name="language"/>: one model instead
    /// of every configured one is the largest saving in OCR time (docs/benchmarks.md).</summary>
    public List<ExtractedDocument> Read(IReadOnlyList<Mail.AttachmentFile> attachments, IReadOnlyList<ExtractedDocument> readBefore, string language, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var document in readBefore)
        {
            if (document.ContentHash is { } hash && document.Unreadable != TookTooLong)
            {
                known.TryAdd(ContentHash.KeyOf(hash, document.FileName), document);
            }
        }

        var hashes = attachments.Select(a => ContentHash.Of(a.Content)).ToArray();
        var keys = attachments.Select((a, i) => ContentHash.KeyOf(hashes[i], a.FileName)).ToArray();
        var toRead = Enumerable.Range(0, attachments.Count)
            .Where(i => !known.ContainsKey(keys[i]))
            .GroupBy(i => keys[i], StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var read = ReadAll(attachments, toRead, language, cancellationToken);
        foreach (var (i, document) in read)
        {
            known.TryAdd(keys[i], document);
        }

        return [.. attachments.Select((file, i) => known[keys[i]] with { FileName = file.FileName, ContentHash = hashes[i] })];
    }

    private ConcurrentDictionary<int, ExtractedDocument> ReadAll(IReadOnlyList<Mail.AttachmentFile> attachments, List<int> indexes, string language, CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<int, ExtractedDocument>();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.MessageTimeout);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelDocuments) };

        // Largest first, taken one at a time: a long scan started last would keep one OCR engine busy
        // while the others stand idle, and the message would wait for it.
        var largestFirst = indexes.OrderByDescending(i => attachments[i].Content.Length).ToArray();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            var file = attachments[i];
            try
            {
                results[i] = documentReader.Read(file, language, deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                results[i] = new ExtractedDocument(file.FileName, DocumentKind.Other) { Unreadable = TookTooLong };
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }
}
