using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>A field no document shows readably is not a difference (it is reported as unconfirmed); a field
/// read and different stays a mismatch, with the two values and where the document's was read.</summary>
public sealed class DocumentCrossCheckTests
{
    private static readonly PostalAddress Requested = AddressParser.Parse("Suite 400, 120 King St W, Toronto, ON M5H 1J9")!;

    private static readonly RequestFields Request = new()
    {
        AccountSid = "ac0123456789abcdef0123456789abcdef",
        AuthorizedUser = new PersonName("Jane", "Doe"),
        ServiceAddress = Requested,
        Numbers = [new RequestedNumber("+14163204134", NumberType.Geographic)],
    };

    private static ExtractedDocument Document(DocumentKind kind, string name) => new(name, kind)
    {
        Names = ["Jane Doe"],
        ServiceAddress = Requested,
        Addresses = [Requested],
        PhoneNumbers = ["+14163204134"],
        Signed = kind == DocumentKind.Loa ? true : null,
        StatementDate = kind == DocumentKind.Bill ? new DateOnly(2026, 11, 20) : null,
    };

    private static Verdict Build(params ExtractedDocument[] documents) =>
        new VerdictBuilder().Build("x.eml", new ReceivedMessage(), Request, documents, new DateOnly(2026, 11, 28));

    private static ExtractedDocument[] Complete() =>
        [Document(DocumentKind.Loa, "loa.pdf"), Document(DocumentKind.Csr, "csr.pdf"), Document(DocumentKind.Bill, "bill.pdf")];

    [Fact]
    public void Complete_request_is_accepted_with_nothing_unconfirmed()
    {
        var verdict = Build(Complete());

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Empty(verdict.Findings);
    }

    [Theory]
    [InlineData(DocumentKind.Bill, "J. DOE")]
    [InlineData(DocumentKind.Bill, "Doe, J.")]
    [InlineData(DocumentKind.Csr, "Mrs J Doe")]
    [InlineData(DocumentKind.Loa, "DOE J.")]
    public void A_first_name_shown_as_its_initial_is_unconfirmed_not_a_mismatch(DocumentKind kind, string shown)
    {
        var documents = Complete();
        var index = Array.FindIndex(documents, d => d.Kind == kind);
        documents[index] = documents[index] with { Names = ["Blue Heron", shown] };

        var verdict = Build(documents);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.Field == "name");
    }

    [Theory]
    [InlineData(DocumentKind.Bill, "K. DOE")]
    [InlineData(DocumentKind.Csr, "J. Dow")]
    [InlineData(DocumentKind.Loa, "Janet Doe")]
    public void Another_initial_or_last_name_stays_a_mismatch(DocumentKind kind, string shown)
    {
        var documents = Complete();
        var index = Array.FindIndex(documents, d => d.Kind == kind);
        documents[index] = documents[index] with { Names = [shown] };

        var verdict = Build(documents);

        Assert.Contains(kind.ToString().ToLowerInvariant() + "-name-mismatch", verdict.Reasons);
    }

    [Fact]
    public void Loa_showing_no_name_and_no_address_is_unconfirmed_not_a_mismatch()
    {
        var documents = Complete();
        documents[0] = documents[0] with { Names = [], ServiceAddress = null, Addresses = [] };

        var verdict = Build(documents);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Equal(["address", "name"], verdict.Unconfirmed.Where(f => f.DocumentKind == "loa").Select(f => f.Field).Order());
        Assert.All(verdict.Unconfirmed, f => Assert.Equal(["loa.pdf"], f.Documents));
    }

    [Fact]
    public void Bill_showing_only_a_business_name_and_a_street_without_name_is_unconfirmed()
    {
        var documents = Complete();
        var garbled = AddressParser.Parse("319, Street\nVancouver, BC V6B 9S8");
        documents[2] = documents[2] with { Names = ["Acme Dental Lab"], ServiceAddress = garbled, Addresses = garbled is null ? [] : [garbled] };

        var verdict = Build(documents);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "bill" && f.Field == "name");
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "bill" && f.Field == "address");
    }

    [Fact]
    public void Document_without_a_single_number_read_is_unconfirmed_for_numbers()
    {
        var documents = Complete();
        documents[1] = documents[1] with { PhoneNumbers = [] };

        var verdict = Build(documents);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "csr" && f.Field == "numbers");
    }

    [Fact]
    public void Name_read_and_different_stays_a_mismatch_with_both_values_and_where_read()
    {
        var documents = Complete();
        var box = new PageBox(60, 100, 160, 110);
        documents[0] = documents[0] with
        {
            Names = ["John Smith"],
            Sources = [new FieldSource(FieldSource.Name, "John Smith", 2, [box])],
        };

        var verdict = Build(documents);

        Assert.Equal([ReasonCode.LoaNameMismatch], verdict.Reasons);
        var finding = Assert.Single(verdict.Findings, f => f.Status == FieldFinding.Differs);
        Assert.Equal("Jane Doe", finding.Requested);
        var found = Assert.Single(finding.Found);
        Assert.Equal(("loa.pdf", "John Smith", 2), (found.Document, found.Value, found.Page));
        Assert.Equal([box], found.Boxes);
    }

    [Fact]
    public void Address_read_and_different_stays_a_mismatch()
    {
        var documents = Complete();
        var other = AddressParser.Parse("292 Gerrard Street East, Toronto, ON M5H 1J9")!;
        documents[0] = documents[0] with { ServiceAddress = other, Addresses = [other] };

        var verdict = Build(documents);

        Assert.Equal([ReasonCode.LoaAddressMismatch], verdict.Reasons);
        Assert.Contains(verdict.Findings, f => f.Code == ReasonCode.LoaAddressMismatch && f.Found.Single().Value.Contains("Gerrard", StringComparison.Ordinal));
    }

    [Fact]
    public void Number_missing_from_a_document_that_lists_others_stays_a_mismatch()
    {
        var documents = Complete();
        documents[2] = documents[2] with { PhoneNumbers = ["+14163209999"] };

        Assert.Equal([ReasonCode.BillNumbersMismatch], Build(documents).Reasons);
    }

    [Fact]
    public void One_agreeing_reading_among_several_is_enough()
    {
        var documents = Complete();
        var letterhead = AddressParser.Parse("77 Bay St, Toronto, ON M5J 2S1")!;
        documents[0] = documents[0] with { Names = ["Acme Dental Lab", "Jane Q. Doe"], Addresses = [letterhead, Requested], ServiceAddress = letterhead };

        Assert.True(Build(documents).Accepted);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(null, false)]
    [InlineData(true, false)]
    public void An_loa_is_called_unsigned_only_when_its_signature_place_was_read_empty(bool? readSigned, bool calledUnsigned)
    {
        var documents = Complete();
        documents[0] = documents[0] with { Signed = readSigned };

        var verdict = Build(documents);

        Assert.Equal(calledUnsigned, verdict.Reasons.Contains("loa-unsigned"));
    }

    /// <summary>The requested +1 416 320 4134 with one digit read otherwise at each position: area codes no carrier
    /// has issued (0, 1 or an unassigned one first) and valid numbers alike.</summary>
    public static TheoryData<string, bool> OneDigitReadings()
    {
        var data = new TheoryData<string, bool>();
        const string requested = "+14163204134";
        for (var position = 2; position < requested.Length; position++)
        {
            foreach (var digit in "0123456789".Where(d => d != requested[position]))
            {
                var shown = requested[..position] + digit + requested[(position + 1)..];
                var impossible = NanpNumberClassifier.Classify(shown[2..]).Type == NumberType.Invalid;
                data.Add(shown, impossible);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OneDigitReadings))]
    public void A_scan_showing_an_impossible_number_one_digit_from_a_requested_one_leaves_it_unconfirmed(string shown, bool impossible)
    {
        var documents = Complete();
        documents[2] = documents[2] with { Ocr = true, PhoneNumbers = [shown] };
        var typed = Complete();
        typed[2] = typed[2] with { PhoneNumbers = [shown] };

        var verdict = Build(documents);

        Assert.Equal(!impossible, verdict.Reasons.Contains("bill-numbers-mismatch"));
        Assert.Equal(impossible, verdict.Unconfirmed.Any(f => f.Field == FieldFinding.NumbersField));
        Assert.Contains("bill-numbers-mismatch", Build(typed).Reasons);
    }
}
