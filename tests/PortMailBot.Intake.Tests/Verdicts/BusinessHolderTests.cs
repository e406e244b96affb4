using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>A bill or CSR whose holder line shows only a business with no business word ("Silver Birch") is that
/// business when the request or another document names it as one: its name is unconfirmed, never a mismatch. A
/// real different person stays a mismatch.</summary>
public sealed class BusinessHolderTests
{
    private static readonly string[] Businesses = ["Silver Birch", "Blue Heron", "Harbour Light", "Kestrel Point", "Northern Lights"];

    private static ExtractedDocument Document(DocumentKind kind, params string[] names) => VerdictCases.Document(kind + ".pdf", kind, names);

    private static RequestFields Request(params string[] businesses) => VerdictCases.Request(businesses);

    private static Verdict Build(RequestFields request, params ExtractedDocument[] documents) => VerdictCases.Build(request, documents);

    private static ExtractedDocument[] WithHolder(DocumentKind kind, params string[] holder) =>
        [.. new[] { DocumentKind.Loa, DocumentKind.Csr, DocumentKind.Bill }.Select(k => k == kind ? Document(k, holder) : Document(k, "Jane Doe"))];

    private static string Code(DocumentKind kind) => kind == DocumentKind.Bill ? ReasonCode.BillNameMismatch : ReasonCode.CsrNameMismatch;

    public static TheoryData<DocumentKind, string, string> Shown()
    {
        var data = new TheoryData<DocumentKind, string, string>();
        foreach (var business in Businesses)
        {
            data.Add(DocumentKind.Bill, business, business);
            data.Add(DocumentKind.Csr, business.ToUpperInvariant(), business);
            data.Add(DocumentKind.Bill, "Attn: " + business, business + " Inc.");
            data.Add(DocumentKind.Csr, business, business.ToLowerInvariant() + " ltée");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shown))]
    public void A_holder_line_the_request_names_as_its_business_is_unconfirmed_not_a_mismatch(DocumentKind kind, string shown, string named)
    {
        var verdict = Build(Request(named), WithHolder(kind, shown));

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Findings, f => f.Field == FieldFinding.NameField && f.Status == FieldFinding.Unconfirmed);
    }

    [Theory]
    [MemberData(nameof(Shown))]
    public void A_business_labelled_on_another_document_is_that_business_on_the_bill_and_csr(DocumentKind kind, string shown, string named)
    {
        var documents = WithHolder(kind, shown);
        documents[0] = documents[0] with { Businesses = [named] };

        var verdict = Build(Request(), documents);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
    }

    [Theory]
    [InlineData(DocumentKind.Bill, "Jane Dow")]
    [InlineData(DocumentKind.Csr, "Janet Doe")]
    [InlineData(DocumentKind.Bill, "ROBERT HARPER")]
    [InlineData(DocumentKind.Csr, "Doe, Joan")]
    public void A_different_person_stays_a_mismatch_beside_a_named_business(DocumentKind kind, string person)
    {
        foreach (var business in Businesses)
        {
            Assert.Contains(Code(kind), Build(Request(business), WithHolder(kind, person)).Reasons);
            Assert.Contains(Code(kind), Build(Request(business), WithHolder(kind, business, person)).Reasons);
        }
    }

    [Theory]
    [InlineData(DocumentKind.Bill)]
    [InlineData(DocumentKind.Csr)]
    public void A_business_the_request_does_not_name_is_still_read_as_the_name_it_looks_like(DocumentKind kind)
    {
        // Without any evidence that "Silver Birch" is a business, it reads as a first and last name and differs.
        Assert.Contains(Code(kind), Build(Request("Blue Heron"), WithHolder(kind, "Silver Birch")).Reasons);
    }
}
