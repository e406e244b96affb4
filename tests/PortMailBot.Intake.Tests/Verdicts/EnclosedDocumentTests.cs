using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>An attachment holding several documents (one scan of the LOA, CSR and bill): each is checked as a
/// document of its own, and the verdict lists the attachment once, as its first document.</summary>
public sealed class EnclosedDocumentTests
{
    private static ExtractedDocument Document(DocumentKind kind, string name = "Jane Doe") => VerdictCases.Document("scan0001.pdf", kind, name);

    private static Verdict Build(params ExtractedDocument[] documents) => VerdictCases.Build(VerdictCases.Request(), documents);

    [Theory]
    [InlineData(DocumentKind.Loa, DocumentKind.Csr, DocumentKind.Bill)]
    [InlineData(DocumentKind.Bill, DocumentKind.Csr, DocumentKind.Loa)]
    [InlineData(DocumentKind.Csr, DocumentKind.Loa, DocumentKind.Bill)]
    public void A_file_enclosing_the_three_documents_completes_the_request(DocumentKind first, DocumentKind second, DocumentKind third)
    {
        var verdict = Build(Document(first) with { Enclosed = [Document(second), Document(third)] });

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        var listed = Assert.Single(verdict.Documents);
        Assert.Equal(VerdictBuilder.KindName(first), listed.Kind);
    }

    [Theory]
    [InlineData(DocumentKind.Csr, ReasonCode.CsrNameMismatch)]
    [InlineData(DocumentKind.Bill, ReasonCode.BillNameMismatch)]
    public void An_enclosed_document_that_differs_is_a_mismatch_of_its_kind(DocumentKind kind, string reason)
    {
        var others = new[] { DocumentKind.Csr, DocumentKind.Bill }.Where(k => k != kind).Select(k => Document(k));
        var verdict = Build(Document(DocumentKind.Loa) with { Enclosed = [Document(kind, "Mark Smith"), .. others] });

        Assert.Equal([reason], verdict.Reasons);
    }

    [Fact]
    public void A_kind_no_part_of_the_file_holds_is_still_missing()
    {
        var verdict = Build(Document(DocumentKind.Loa) with { Enclosed = [Document(DocumentKind.Bill)] });

        Assert.Equal([ReasonCode.CsrMissing], verdict.Reasons);
    }
}
