using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Classification;

/// <summary>One file holding several documents, as a customer scans the LOA, the CSR and the bill in one go:
/// each page whose heading names another kind opens a document of its own, in whatever order and wording;
/// pages without a heading stay with the document they follow; a document that only mentions another kind
/// in its body is not cut.</summary>
public sealed class BoundDocumentsTests
{
    private const string Holder = "Jane Doe";
    private const string Street = "120 King St W";
    private const string City = "Toronto ON M5H 1J9";

    private static readonly Dictionary<DocumentKind, string[]> Titles = new()
    {
        [DocumentKind.Loa] = ["LETTER OF AUTHORIZATION", "Lettre d'autorisation", "Porting Authorization Form"],
        [DocumentKind.Csr] = ["CUSTOMER SERVICE RECORD", "Relevé de service client", "Account Profile"],
        [DocumentKind.Bill] = ["Your Statement", "Votre facture", "INVOICE"],
    };

    private static DocumentPage Page(DocumentKind kind, string title, int number)
    {
        var page = new PageBuilder().Line(40, (150, title));
        switch (kind)
        {
            case DocumentKind.Loa:
                page.Line(100, (50, "Authorized person name:"), (200, Holder))
                    .Line(116, (50, "Service address:"), (200, Street + ", " + City))
                    .Line(140, (50, "Numbers to be ported: 416-320-4134"))
                    .Line(300, (50, "Signature:"), (200, "x"))
                    .Image(new PageBox(200, 290, 320, 320));
                break;
            case DocumentKind.Csr:
                page.Line(100, (50, "Account holder:"), (200, Holder))
                    .Line(116, (50, "Service address:"), (200, Street + ", " + City))
                    .Line(140, (50, "Telephone numbers on this account"))
                    .Line(156, (50, "416-320-4134"), (200, "Active"));
                break;
            default:
                page.Line(80, (50, "Statement date:"), (200, "November 2, 2026"))
                    .Line(100, (50, Holder))
                    .Line(112, (50, Street))
                    .Line(124, (50, City))
                    .Line(160, (50, "Amount due"), (300, "$84.12"))
                    .Line(180, (50, "416-320-4134"), (200, "Local service"), (400, "$42.06"));
                break;
        }

        return page.Build(number);
    }

    public static TheoryData<DocumentKind[], int> Orders()
    {
        var data = new TheoryData<DocumentKind[], int>();
        DocumentKind[][] orders =
        [
            [DocumentKind.Loa, DocumentKind.Csr, DocumentKind.Bill],
            [DocumentKind.Bill, DocumentKind.Loa, DocumentKind.Csr],
            [DocumentKind.Csr, DocumentKind.Bill, DocumentKind.Loa],
            [DocumentKind.Loa, DocumentKind.Bill],
        ];
        foreach (var order in orders)
        {
            for (var wording = 0; wording < 3; wording++)
            {
                data.Add(order, wording);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Each_document_scanned_into_one_file_is_read_as_its_own_kind(DocumentKind[] order, int wording)
    {
        var pages = order.Select((kind, i) => Page(kind, Titles[kind][wording], i + 1)).ToList();

        var document = DocumentReader.FromPages("scan0001.pdf", pages);

        Assert.Equal(order, document.WithEnclosed().Select(d => d.Kind));
        Assert.All(document.WithEnclosed(), d => Assert.Equal("scan0001.pdf", d.FileName));
        Assert.All(document.WithEnclosed(), d => Assert.Contains(d.Names, n => n.Contains("Doe", StringComparison.Ordinal)));
        Assert.Equal(new DateOnly(2026, 11, 2), document.WithEnclosed().Single(d => d.Kind == DocumentKind.Bill).StatementDate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_page_without_a_heading_stays_with_the_document_it_follows(int wording)
    {
        var totals = new PageBuilder()
            .Line(60, (50, "Details of charges"), (300, "page 2"))
            .Line(80, (50, "Long distance"), (300, "$12.00"))
            .Line(96, (50, "416-320-4135"), (200, "Voice mail"), (300, "$4.00"))
            .Line(112, (50, "Total"), (300, "$84.12"))
            .Build(3);
        var pages = new[] { Page(DocumentKind.Loa, Titles[DocumentKind.Loa][wording], 1), Page(DocumentKind.Bill, Titles[DocumentKind.Bill][wording], 2), totals };

        var document = DocumentReader.FromPages("scan.pdf", pages);

        Assert.Equal([DocumentKind.Loa, DocumentKind.Bill], document.WithEnclosed().Select(d => d.Kind));
        Assert.Contains("+14163204135", document.Enclosed[0].PhoneNumbers);
        Assert.DoesNotContain("+14163204135", document.PhoneNumbers);
    }

    [Theory]
    [InlineData("Please attach a copy of your most recent bill and statement.")]
    [InlineData("Joindre votre facture la plus récente.")]
    [InlineData("The customer service record (CSR) must match this form.")]
    public void A_document_that_only_mentions_another_kind_in_its_body_is_not_cut(string mention)
    {
        var second = new PageBuilder()
            .Line(300, (50, mention))
            .Line(320, (50, "Numbers to be ported: 416-320-4135"))
            .Build(2);

        var document = DocumentReader.FromPages("loa.pdf", [Page(DocumentKind.Loa, "LETTER OF AUTHORIZATION", 1), second]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Empty(document.Enclosed);
    }

    [Fact]
    public void A_cover_page_without_a_kind_stays_with_the_first_document()
    {
        var cover = new PageBuilder().Line(40, (150, "FAX")).Line(80, (50, "To: porting desk")).Line(96, (50, "Pages: 3")).Build(1);
        var pages = new[] { cover, Page(DocumentKind.Loa, "LETTER OF AUTHORIZATION", 2), Page(DocumentKind.Csr, "CUSTOMER SERVICE RECORD", 3) };

        var document = DocumentReader.FromPages("fax.pdf", pages);

        Assert.Equal([DocumentKind.Loa, DocumentKind.Csr], document.WithEnclosed().Select(d => d.Kind));
    }
}
