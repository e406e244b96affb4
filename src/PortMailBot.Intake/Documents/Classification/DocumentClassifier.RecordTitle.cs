using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Classification;

/// <summary>A carrier titles its record of an account in many words ("Account details", "Service summary",
/// "Détails du compte", "Sommaire des services", "Customer account information"), no list of which is complete.
/// What they share is a short title that names the account (or its services, or its customer) and a word for a
/// description of it. A bill's or an authorization's title names itself ("statement", "invoice", "facture",
/// "authorization"), so a title holding such a word is left to their cues.</summary>
internal static partial class DocumentClassifier
{
    /// <summary>What such a title is worth: enough to classify on its own, less than a kind's own name near the top.</summary>
    private const double RecordTitleScore = 8;

    /// <summary>The part of the first page where a title stands.</summary>
    private const double TitleBand = 0.15;

    private static readonly HashSet<string> RecordSubjects =
    [
        "account", "accounts", "compte", "service", "services", "customer", "client", "abonne", "subscriber",
        "line", "lines", "ligne", "lignes",
    ];

    private static readonly HashSet<string> RecordWords =
    [
        "details", "detail", "information", "informations", "info", "renseignements", "summary", "sommaire", "resume",
        "overview", "apercu", "inventory", "inventaire", "record", "records", "profile", "profil",
    ];

    private static readonly HashSet<string> OtherKindWords =
    [
        "statement", "invoice", "bill", "billing", "facture", "facturation", "releve", "payment", "paiement",
        "authorization", "authorisation", "autorisation", "agency", "loa", "port", "transfer", "transfert", "portage",
        "portabilite", "porting", "request", "demande",
    ];

    /// <summary>Words that head a fax's or a scanner's cover sheet, sent before the document itself.</summary>
    private static readonly HashSet<string> CoverWords =
    [
        "fax", "telecopie", "telecopieur", "cover", "couverture", "bordereau", "transmission", "transmittal",
    ];

    /// <summary>The page whose top holds the document's title, and its height: the first page, unless its heading
    /// names a cover sheet ("FAX COVER SHEET", "Télécopie", "Bordereau de transmission") that a customer sent
    /// before the document; the title then stands on the page after it.</summary>
    private static (int Number, double Height) TitlePage(IReadOnlyList<DocumentPage> pages, IReadOnlyList<TextLine> lines)
    {
        if (pages.Count == 0)
        {
            return (1, 0);
        }

        var first = pages[0];
        var heading = lines.Where(l => l.PageNumber == first.Number && l.Box.Top < first.Height * TitleBand).Take(2);
        var cover = heading.Any(l => TextFold.Words(l.Text).Any(CoverWords.Contains));
        return cover && pages.Count > 1 ? (pages[1].Number, pages[1].Height) : (first.Number, first.Height);
    }

    /// <summary>The score of a record's title among <paramref name="lines"/>: a short segment at the top of the
    /// first page made of a subject word and a description word, and no word naming another kind.</summary>
    private static double RecordTitle(IReadOnlyList<TextLine> lines, int firstPage, double firstHeight)
    {
        if (firstHeight <= 0)
        {
            return 0;
        }

        foreach (var line in lines.Where(l => l.PageNumber == firstPage && l.Box.Top < firstHeight * TitleBand))
        {
            foreach (var segment in line.Segments)
            {
                var words = TextFold.FoldElisionsApart(segment.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is >= 2 and <= 6 && words.Any(RecordSubjects.Contains) && words.Any(RecordWords.Contains)
                    && !words.Any(OtherKindWords.Contains) && !segment.Text.Any(char.IsDigit))
                {
                    return RecordTitleScore;
                }
            }
        }

        return 0;
    }
}
