using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>A scanned document's value whose difference rests on words OCR read unsurely is unconfirmed, not a
/// mismatch; the same value read with confidence, or a value that differs in words read surely, stays a
/// mismatch. The garbled values are generated from the request's own words.</summary>
public sealed class UnsureFieldTests
{
    private const double Unsure = 0.45;
    private const double Sure = 0.95;

    private static readonly PostalAddress Requested = AddressParser.Parse("Apt 2208, 630 8th St E, Saskatoon, SK S7K 8N3")!;

    private static readonly RequestFields Request = new()
    {
        AccountSid = "ac0123456789abcdef0123456789abcdef",
        AuthorizedUser = new PersonName("Harpreet", "Iqbal"),
        ServiceAddress = Requested,
        Numbers = [new RequestedNumber("+13062075456", NumberType.Geographic)],
    };

    /// <summary>The request's last name garbled as degraded scans garble letters (beyond the digit look-alikes
    /// that names are compared through anyway).</summary>
    public static TheoryData<string> GarbledLastNames() => ["IQBAt.", "IOBAL", "IQBL", "IQBAAL", "IQEAL", "IQBAt"];

    [Theory]
    [MemberData(nameof(GarbledLastNames))]
    public void Name_differing_only_in_a_word_read_unsurely_is_unconfirmed(string garbled)
    {
        var verdict = Build(Scan(DocumentKind.Csr, name: [("HARPREET", Sure), (garbled, Unsure)]));

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        var finding = Assert.Single(verdict.Unconfirmed, f => f.DocumentKind == "csr");
        Assert.Equal(FieldFinding.NameField, finding.Field);
        Assert.Equal(garbled, Assert.Single(finding.Unsure).Text);
    }

    [Theory]
    [MemberData(nameof(GarbledLastNames))]
    public void Name_differing_in_a_word_read_with_confidence_is_a_mismatch(string garbled)
    {
        var verdict = Build(Scan(DocumentKind.Csr, name: [("HARPREET", Sure), (garbled, Sure)]));

        Assert.Equal([ReasonCode.CsrNameMismatch], verdict.Reasons);
    }

    [Theory]
    [InlineData("Nolet")]
    [InlineData("Chartrand")]
    [InlineData("Saunders")]
    public void Another_name_read_unsurely_is_still_a_mismatch(string other)
    {
        var verdict = Build(Scan(DocumentKind.Bill, name: [("Harpreet", Sure), (other, Unsure)]));

        Assert.Equal([ReasonCode.BillNameMismatch], verdict.Reasons);
    }

    [Theory]
    [InlineData("SUE")]
    [InlineData("SLE")]
    [InlineData("StF")]
    [InlineData("SIE")]
    public void Address_differing_only_in_a_word_read_unsurely_is_unconfirmed(string garbled)
    {
        var verdict = Build(Scan(DocumentKind.Bill, address: [("630", Sure), ("8th", Sure), (garbled, Unsure), ("Apt", Sure), ("2208", Sure), ("Saskatoon", Sure), ("SK", Sure), ("S7K", Sure), ("8N3", Sure)]));

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "bill" && f.Field == FieldFinding.AddressField);
    }

    [Theory]
    [InlineData("620")]
    [InlineData("631")]
    [InlineData("730")]
    public void Civic_number_with_one_digit_read_unsurely_otherwise_is_unconfirmed_not_a_mismatch(string number)
    {
        var verdict = Build(Scan(DocumentKind.Bill, address: [(number, Unsure), ("8th", Sure), ("St", Sure), ("E", Sure), ("Apt", Sure), ("2208", Sure), ("Saskatoon", Sure), ("SK", Sure), ("S7K", Sure), ("8N3", Sure)]));

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "bill" && f.Field == FieldFinding.AddressField);
    }

    [Theory]
    [InlineData("6300", Unsure)]
    [InlineData("603", Unsure)]
    [InlineData("638", Sure)]
    [InlineData("620", Sure)]
    public void Civic_number_read_as_another_number_stays_a_mismatch(string number, double confidence)
    {
        var verdict = Build(Scan(DocumentKind.Bill, address: [(number, confidence), ("8th", Sure), ("St", Sure), ("E", Sure), ("Apt", Sure), ("2208", Sure), ("Saskatoon", Sure), ("SK", Sure), ("S7K", Sure), ("8N3", Sure)]));

        Assert.Equal([ReasonCode.BillAddressMismatch], verdict.Reasons);
    }

    [Fact]
    public void A_text_layer_is_never_unsure()
    {
        var document = Scan(DocumentKind.Csr, name: [("HARPREET", Sure), ("IQBAt.", Unsure)]) with { Ocr = false };

        Assert.Equal([ReasonCode.CsrNameMismatch], Build(document).Reasons);
    }

    private static Verdict Build(ExtractedDocument scanned)
    {
        ExtractedDocument[] documents =
        [
            Clean(DocumentKind.Loa, "loa.pdf"), Clean(DocumentKind.Csr, "csr.pdf"), Clean(DocumentKind.Bill, "bill.pdf"),
        ];
        documents = documents.Select(d => d.Kind == scanned.Kind ? scanned : d).ToArray();
        return new VerdictBuilder().Build("x.eml", new ReceivedMessage(), Request, documents, new DateOnly(2026, 11, 28));
    }

    private static ExtractedDocument Clean(DocumentKind kind, string name) => new(name, kind)
    {
        Names = ["Harpreet Iqbal"],
        ServiceAddress = Requested,
        Addresses = [Requested],
        PhoneNumbers = ["+13062075456"],
        Signed = kind == DocumentKind.Loa ? true : null,
        StatementDate = kind == DocumentKind.Bill ? new DateOnly(2026, 11, 20) : null,
    };

    /// <summary>A scanned document of <paramref name="kind"/> whose name or address is read from the given words,
    /// each with its confidence; the other field as requested.</summary>
    private static ExtractedDocument Scan(DocumentKind kind, (string Text, double Confidence)[]? name = null, (string Text, double Confidence)[]? address = null)
    {
        var document = Clean(kind, "scan.jpg") with { Ocr = true };
        var sources = new List<FieldSource>();
        if (name is not null)
        {
            var text = string.Join(' ', name.Select(w => w.Text));
            document = document with { Names = [text] };
            sources.Add(FieldSource.Of(FieldSource.Name, text, 1, Words(name)));
        }

        if (address is not null)
        {
            var text = string.Join(' ', address.Select(w => w.Text));
            var parsed = AddressParser.Parse(text.Replace(" Apt", "\nApt", StringComparison.Ordinal).Replace(" Saskatoon", "\nSaskatoon", StringComparison.Ordinal))!;
            document = document with { ServiceAddress = parsed, Addresses = [parsed] };
            sources.Add(FieldSource.Of(FieldSource.Address, text, 1, Words(address)));
        }

        return document with { Sources = sources };
    }

    private static IEnumerable<TextWord> Words((string Text, double Confidence)[] words) =>
        words.Select((w, i) => new TextWord(w.Text, new PageBox(i * 50, 100, (i * 50) + 40, 112), w.Confidence));
}
