using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Classification;

/// <summary>What an unclassified document most resembles. A poor scan or an unseen form may give too few of a
/// kind's words to classify it; the customer's file name ("LOA_signed.jpg", "Facture novembre.pdf") is then the
/// other evidence a person at the desk would use. Weaker than a classification: the request uses it only for a
/// kind that no other attachment supplies (<see cref="MissingKinds"/>).</summary>
internal static partial class DocumentClassifier
{
    /// <summary>What a file name's hint is worth, against the cues' weights (a title is worth 10 to 20).</summary>
    private const double FileNameHintScore = 3;

    /// <summary>Wording plus file name must reach this, with some of it from the wording.</summary>
    private const double LikelyScore = 3;

    /// <summary>Short words that hint a kind only as a whole word of the file name ("loa", not "floating").</summary>
    private static readonly (string Word, DocumentKind Kind)[] FileNameWords =
    [
        ("loa", DocumentKind.Loa), ("csr", DocumentKind.Csr), ("bill", DocumentKind.Bill), ("billing", DocumentKind.Bill),
    ];

    /// <summary>Longer stems that hint a kind anywhere in the file name ("CustomerServiceRecord", "Lettre_autorisation").</summary>
    private static readonly (string Stem, DocumentKind Kind)[] FileNameStems =
    [
        ("authoriz", DocumentKind.Loa), ("authoris", DocumentKind.Loa), ("autoris", DocumentKind.Loa), ("agency", DocumentKind.Loa),
        ("mandat", DocumentKind.Loa), ("servicerecord", DocumentKind.Csr), ("dossier", DocumentKind.Csr),
        ("statement", DocumentKind.Bill), ("invoice", DocumentKind.Bill), ("facture", DocumentKind.Bill),
    ];

    /// <summary>The kind an unclassified document most likely is, or null when neither its wording nor its
    /// file name leans one way.</summary>
    public static DocumentKind? Likely(IReadOnlyDictionary<DocumentKind, double> scores, string fileName)
    {
        var hinted = FileNameHint(fileName);
        var ranked = scores
            .Select(s => (s.Key, Content: s.Value, Total: s.Value + (s.Key == hinted ? FileNameHintScore : 0)))
            .OrderByDescending(s => s.Total)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var best = ranked[0];
        var clearlyAhead = ranked.Count == 1 || best.Total > ranked[1].Total;
        return best.Content > 0 && best.Total >= LikelyScore && clearlyAhead ? best.Key : null;
    }

    /// <summary>The one kind a file name points to; null when it names none or more than one.</summary>
    public static DocumentKind? FileNameHint(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var words = FileNameWordsOf(stem);
        var compact = TextFold.Compact(stem);
        var kinds = FileNameWords.Where(w => words.Contains(w.Word, StringComparer.Ordinal)).Select(w => w.Kind)
            .Concat(FileNameStems.Where(s => compact.Contains(s.Stem, StringComparison.Ordinal)).Select(s => s.Kind))
            .Distinct()
            .ToList();
        return kinds.Count == 1 ? kinds[0] : null;
    }

    /// <summary>The letter runs of a file name, split where a lower-case letter meets a capital too
    /// ("SignedLOA_2026" gives "signed", "loa").</summary>
    private static List<string> FileNameWordsOf(string stem)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= stem.Length; i++)
        {
            var letter = i < stem.Length && char.IsLetter(stem[i]);
            var camelBreak = letter && start >= 0 && char.IsUpper(stem[i]) && char.IsLower(stem[i - 1]);
            if (start >= 0 && (!letter || camelBreak))
            {
                words.Add(TextFold.Fold(stem[start..i]));
                start = -1;
            }

            if (letter && start < 0)
            {
                start = i;
            }
        }

        return words;
    }
}
