using PortMailBot.Intake.Documents.Reading;

namespace PortMailBot.Intake.Documents;

/// <summary>Reads the attachments of one request, in parallel, each distinct file once: a file whose bytes
/// (and extension) were read before, earlier in the thread or in this same message, takes that extraction
/// under its own name instead of being read or OCR'd again.</summary>
internal sealed class DocumentBatch(IDocumentSetReader reader)
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
            // A contained reader's deadline says "took too long to read (stopped after ...)": not reused either.
            if (document.ContentHash is { } hash && document.Unreadable?.StartsWith(TookTooLong, StringComparison.Ordinal) != true)
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

        return [.. attachments.Select((file, i) => Named(known[keys[i]], file.FileName) with { ContentHash = hashes[i] })];
    }

    private static ExtractedDocument Named(ExtractedDocument document, string fileName) =>
        document with { FileName = fileName, Enclosed = [.. document.Enclosed.Select(e => e with { FileName = fileName })] };

    /// <summary>Reads the attachments at <paramref name="indexes"/> through the message's reader (in a worker
    /// process in the executable).</summary>
    private Dictionary<int, ExtractedDocument> ReadAll(IReadOnlyList<Mail.AttachmentFile> attachments, List<int> indexes, string language, CancellationToken cancellationToken)
    {
        var read = reader.ReadAll([.. indexes.Select(i => attachments[i])], language, cancellationToken);
        return indexes.Select((index, k) => (index, k)).ToDictionary(p => p.index, p => read[p.k]);
    }
}
