namespace PortMailBot.Intake.Documents.Classification;

/// <summary>A request needs an LOA, a CSR and a bill. When its wording did not classify an attachment but it
/// resembles a kind that no other attachment of the request supplies, the desk would take it as that one
/// (a faint scan of the LOA, a carrier's form never seen before) rather than call the document missing.</summary>
public static class MissingKinds
{
    private static readonly DocumentKind[] Required = [DocumentKind.Loa, DocumentKind.Csr, DocumentKind.Bill];

    /// <summary>The documents with each unclassified one that resembles a missing kind taken as that kind.</summary>
    public static IReadOnlyList<ExtractedDocument> Filled(IReadOnlyList<ExtractedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var present = documents.Where(d => d.Unreadable is null).Select(d => d.Kind).ToHashSet();
        var missing = Required.Where(k => !present.Contains(k)).ToHashSet();
        if (missing.Count == 0)
        {
            return documents;
        }

        return documents
            .Select(d => d is { Kind: DocumentKind.Other, Unreadable: null, LikelyKind: { } likely } && missing.Contains(likely)
                ? d with { Kind = likely }
                : d)
            .ToList();
    }
}
