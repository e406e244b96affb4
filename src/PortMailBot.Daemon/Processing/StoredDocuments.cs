using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Daemon.Processing;

/// <summary>Documents read for a request before, back from their stored JSON; a row that no longer reads
/// (written by another version, blanked) is left out, and its file is simply read again.</summary>
public static class StoredDocuments
{
    public static IEnumerable<ExtractedDocument> Parse(IEnumerable<string> extractions)
    {
        foreach (var json in extractions)
        {
            if (VerdictJson.TryRead<ExtractedDocument>(json) is { FileName: not null, ContentHash: not null } document)
            {
                yield return document;
            }
        }
    }
}
