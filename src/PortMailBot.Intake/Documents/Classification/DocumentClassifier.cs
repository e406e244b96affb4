using PortMailBot.Intake.Documents.Fields;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Classification;

/// <summary>Decides what a document is from its wording (English or French), not its file name. Each
/// kind scores its keywords; a keyword in a title near the top of the first page weighs most.</summary>
internal static partial class DocumentClassifier
{
    /// <summary>The score a kind needs for the wording alone to decide.</summary>
    private const double ClassifyingScore = 6;

    private sealed record Cue(string Text, double Weight)
    {
        /// <summary>The cue folded as the lines are, so punctuation in it ("d'autorisation") compares alike.</summary>
        public string Phrase { get; } = TextFold.Fold(Text);

        /// <summary>The cue with French elisions apart, to find "autorisation de transfert" in "Formulaire
        /// d'autorisation de transfert", where the plain fold joins "dautorisation".</summary>
        public string PhraseApart { get; } = TextFold.FoldElisionsApart(Text);
    }

    private static readonly Cue[] LoaCues =
    [
        new("letter of authorization", 10), new("letter of authorisation", 10), new("loa", 4),
        new("lettre d'autorisation", 10), new("lettre d autorisation", 10), new("autorisation de transfert", 6),
        new("authorization to port", 6), new("authorize twilio", 3), new("authorized signature", 3),
        new("signature autorisee", 3), new("numbers to be ported", 3), new("numeros de telephone a transferer", 3),
        new("authorized person", 2), new("personne autorisee", 2), new("by signing below", 2), new("en signant ci-dessous", 2),
        new("to act as my agent", 2), new("port these numbers", 2), new("transferer ces numeros", 2),
        new("lettre d'autorisation de transfert", 4), new("letter of agency", 8),
        new("authorization to transfer", 6), new("authorisation to transfer", 6), new("transfer authorization", 6),
        new("porting authorization", 8), new("porting authorisation", 8), new("port authorization", 6),
        new("autorisation de portage", 6), new("autorisation de portabilite", 6), new("customer signature", 2),
        new("signature du client", 2), new("signature de l'abonne", 2), new("i hereby authorize", 2), new("j'autorise", 2),
        // A port-out form titled for the losing carrier's side ("Number port-out authorization"), and the
        // undersigned's wording of an authorization in either language.
        new("port-out authorization", 8), new("port-out authorisation", 8), new("port out authorization", 8),
        new("i the undersigned", 2), new("je soussigne", 2), new("authorizes twilio", 3),
        // A carrier's or reseller's own form, titled as a form rather than a letter ("Port request — Authorization
        // form", "Demande de portage — Formulaire d'autorisation"), listing the numbers to transfer.
        new("authorization form", 6), new("authorisation form", 6), new("formulaire d'autorisation", 6),
        // The letter titled with its words the other way round ("Customer Authorization Letter").
        new("authorization letter", 10), new("authorisation letter", 10),
        new("port request", 2), new("demande de portage", 2), new("numbers to transfer", 3), new("numeros a transferer", 3),
        // The customer's mandate to move the numbers, Quebec's usual word for a letter of authorization ("Mandat de
        // transfert de numéros").
        new("mandat de transfert", 6), new("mandat de portabilite", 6), new("mandat de portage", 6),
    ];

    private static readonly Cue[] CsrCues =
    [
        new("customer service record", 10), new("csr", 4), new("dossier de service client", 10),
        new("releve de service client", 10), new("dossier client", 4), new("account status", 2), new("etat du compte", 2),
        new("authorized contact", 2), new("contact autorise", 2), new("telephone numbers on this account", 3),
        new("numeros de telephone au compte", 3), new("account holder", 1), new("titulaire du compte", 1),
        new("nom du titulaire", 1), new("bill cycle", 1), new("cycle de facturation", 1), new("port-out", 1),
        new("information on file", 2), new("renseignements au dossier", 2), new("service record", 3),
        new("releve des services du client", 10), new("releve des services", 6), new("releve de services", 6),
        new("dossier de services", 6), new("numbers on this account", 3), new("lines on account", 2),
        new("lines on this account", 2), new("numeros au compte", 2),
        // A customer's card ("Fiche client", "Fiche d'abonné"): the carrier's record in Quebec's usual word.
        new("fiche client", 6), new("fiche du client", 6), new("fiche d'abonne", 6), new("fiche de l'abonne", 6),
        new("fiche abonne", 6),
        // The carrier's record under its other usual names: the customer's or account's record or profile.
        new("customer record", 6), new("customer account record", 6), new("account record", 4), new("account profile", 6),
        new("customer profile", 6), new("profil du client", 6), new("profil client", 6), new("profil du compte", 6),
        new("dossier du client", 6), new("fiche de compte", 6), new("fiche du compte", 6),
    ];

    private static readonly Cue[] BillCues =
    [
        new("your statement", 8), new("statement", 3), new("invoice", 6), new("your bill", 8), new("bill", 2),
        new("amount due", 4), new("montant du", 4), new("facture", 6), new("votre facture", 8),
        new("releve de compte", 6), new("date de facturation", 4), new("statement date", 5), new("bill date", 4),
        new("invoice date", 4), new("due date", 3), new("date d'echeance", 3), new("total amount due", 2),
        new("total a payer", 2), new("previous balance", 2), new("solde precedent", 2), new("account summary", 2),
        new("sommaire du compte", 2), new("details of charges", 2), new("detail des frais", 2),
        new("please detach", 2), new("veuillez detacher", 2), new("payment received", 1), new("paiement recu", 1),
        new("date du releve", 4),
    ];

    public static DocumentKind Classify(IReadOnlyList<DocumentPage> pages, IReadOnlyList<TextLine> lines) =>
        Classify(Score(pages, lines));

    public static DocumentKind Classify(IReadOnlyDictionary<DocumentKind, double> scores)
    {
        var best = scores.MaxBy(s => s.Value);
        return best.Value >= ClassifyingScore ? best.Key : DocumentKind.Other;
    }

    /// <param name="recordTitles">Whether a record's title in words of its own counts (<see cref="RecordTitle"/>): it
    /// names a whole document, but a later page's heading in such words ("Détail des services") is only a section of
    /// the document before it, so <see cref="BoundDocuments"/> reads a page's heading without it.</param>
    public static IReadOnlyDictionary<DocumentKind, double> Score(IReadOnlyList<DocumentPage> pages, IReadOnlyList<TextLine> lines, bool recordTitles = true)
    {
        var fromOcr = pages.Any(p => p.FromOcr);
        var (firstPage, firstHeight) = TitlePage(pages, lines);
        var scores = new Dictionary<DocumentKind, double>
        {
            [DocumentKind.Loa] = 0,
            [DocumentKind.Csr] = 0,
            [DocumentKind.Bill] = 0,
        };

        var apart = lines.Select(l => TextFold.FoldElisionsApart(l.Text)).ToList();

        // Each cue counts once per document (its best placement), so a long bill repeating "bill" does
        // not outweigh a title.
        foreach (var (kind, cues) in new[] { (DocumentKind.Loa, LoaCues), (DocumentKind.Csr, CsrCues), (DocumentKind.Bill, BillCues) })
        {
            foreach (var cue in cues)
            {
                var best = 0.0;
                for (var index = 0; index < lines.Count; index++)
                {
                    var line = lines[index];
                    // Roughly one OCR slip per ten letters of a phrase; short phrases stay exact.
                    var edits = fromOcr && cue.Phrase.Length >= 8 ? Math.Max(1, cue.Phrase.Length / 10) : 0;
                    if (!TextFold.ContainsPhrase(line.Folded, cue.Phrase, edits) && !TextFold.ContainsPhrase(apart[index], cue.PhraseApart, edits))
                    {
                        continue;
                    }

                    var weight = cue.Weight;
                    var nearTop = line.PageNumber == firstPage && firstHeight > 0 && line.Box.Top < firstHeight * 0.15;
                    if (nearTop)
                    {
                        weight *= 2;
                    }

                    best = Math.Max(best, weight);
                }

                scores[kind] += best;
            }
        }

        // A record's title in words no cue holds ("Account details", "Sommaire des services"), unless a cue
        // already names the document as a record.
        if (recordTitles)
        {
            scores[DocumentKind.Csr] = Math.Max(scores[DocumentKind.Csr], RecordTitle(lines, firstPage, firstHeight));
        }

        return scores;
    }
}
