using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Classification;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>An attachment whose wording is too thin to classify (a faint scan, an unseen form) is read as the kind
/// its few words and its file name point to, and kept unclassified until the request lacks that kind.</summary>
public sealed class LikelyKindTests
{
    public static TheoryData<string, DocumentKind?> FileNames()
    {
        var data = new TheoryData<string, DocumentKind?>();
        foreach (var extension in new[] { ".pdf", ".JPG" })
        {
            foreach (var (stem, kind) in new (string, DocumentKind?)[]
            {
                ("LOA_signed", DocumentKind.Loa), ("SignedLOA2026", DocumentKind.Loa), ("Lettre d'autorisation", DocumentKind.Loa),
                ("letter-of-agency", DocumentKind.Loa), ("Port Authorization Form", DocumentKind.Loa),
                ("CSR", DocumentKind.Csr), ("CustomerServiceRecord", DocumentKind.Csr), ("Dossier client Estuaire", DocumentKind.Csr),
                ("Facture novembre 2026", DocumentKind.Bill), ("statement-oct", DocumentKind.Bill), ("Bill_Nov", DocumentKind.Bill),
                ("scan0001", null), ("floating", null), ("billboard", null), ("IMG_7781", null), ("bill and LOA", null),
            })
            {
                data.Add(stem + extension, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void A_file_name_hints_at_most_one_kind(string fileName, DocumentKind? kind) =>
        Assert.Equal(kind, DocumentClassifier.FileNameHint(fileName));

    [Theory]
    [InlineData("Customer signature", "scan_loa.jpg", DocumentKind.Loa)]
    [InlineData("Signature du client", "document.pdf", null)]
    [InlineData("Signature du client", "lettre_autorisation.pdf", DocumentKind.Loa)]
    [InlineData("Previous balance", "statement.png", DocumentKind.Bill)]
    [InlineData("Account holder", "csr.pdf", DocumentKind.Csr)]
    [InlineData("Welcome to our new office", "loa.pdf", null)]
    public void A_page_too_thin_to_classify_is_read_as_what_its_words_and_name_point_to(string cue, string fileName, DocumentKind? likely)
    {
        var page = new PageBuilder()
            .Line(300, (60, cue))
            .Line(330, (60, "Name"), (250, "Jane Doe"))
            .Line(346, (60, "Address"), (250, "120 King St W, Toronto, ON M5H 1J9"))
            .Build(fromOcr: true);

        var document = DocumentReader.FromPages(fileName, [page]);

        Assert.Equal(DocumentKind.Other, document.Kind);
        Assert.Equal(likely, document.LikelyKind);
        Assert.Equal(likely is null ? null : "M5H 1J9", document.ServiceAddress?.PostalCode);
    }

    [Theory]
    [InlineData(DocumentKind.Loa)]
    [InlineData(DocumentKind.Csr)]
    [InlineData(DocumentKind.Bill)]
    public void An_unclassified_document_stands_in_only_for_a_kind_no_other_attachment_is(DocumentKind kind)
    {
        var others = new[] { DocumentKind.Loa, DocumentKind.Csr, DocumentKind.Bill }.Where(k => k != kind)
            .Select(k => new ExtractedDocument(k + ".pdf", k)).ToList();
        var thin = new ExtractedDocument("scan.jpg", DocumentKind.Other) { LikelyKind = kind };

        var filled = MissingKinds.Filled([.. others, thin]);
        var alreadyThere = MissingKinds.Filled([.. others, new ExtractedDocument("real.pdf", kind), thin]);
        var unreadable = MissingKinds.Filled([.. others, thin with { Unreadable = "corrupt" }]);

        Assert.Equal(kind, filled[^1].Kind);
        Assert.Equal(DocumentKind.Other, alreadyThere[^1].Kind);
        Assert.Equal(DocumentKind.Other, unreadable[^1].Kind);
    }
}
