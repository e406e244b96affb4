using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Tests.Documents;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>A scanned LOA showing, where a requested number stands, a number one digit away that OCR read
/// unsurely, the digit one a degraded scan commonly confuses ("2323" read "2328"): the number was not read, so
/// it is unconfirmed, not a mismatch. Read with confidence, or another digit, or two digits: a different number.</summary>
public sealed class UnsureNumberTests
{
    private const double Unsure = 0.5;
    private const double Sure = 0.95;
    private const string Requested = "5813432323";

    private static readonly PostalAddress Address = AddressParser.Parse("120 King St W, Toronto, ON M5H 1J9")!;

    private static readonly RequestFields Request = new()
    {
        AccountSid = "ac0123456789abcdef0123456789abcdef",
        AuthorizedUser = new PersonName("Jane", "Doe"),
        ServiceAddress = Address,
        Numbers = [new RequestedNumber("+1" + Requested, NumberType.Geographic)],
    };

    /// <summary>The requested number with the digit at <paramref name="position"/> (of ten) read as <paramref name="digit"/>.</summary>
    private static string Misread(int position, char digit) => Requested[..position] + digit + Requested[(position + 1)..];

    public static TheoryData<string> ConfusedReadings() =>
    [
        Misread(9, '8'), Misread(3, '8'), Misread(4, '9'), Misread(7, '8'), Misread(5, '8'),
    ];

    public static TheoryData<string> OtherNumbers() =>
    [
        Misread(9, '4'), Misread(3, '6'), Misread(6, '8'), Misread(8, '0'),
        Misread(9, '8')[..8] + "88", "4165551234",
    ];

    /// <summary>A confused digit in the area code, which these tests read with confidence.</summary>
    public static TheoryData<string> ConfusedInSureWord() => [Misread(2, '7'), Misread(1, '0')];

    [Theory]
    [MemberData(nameof(ConfusedReadings))]
    public void A_number_read_unsurely_one_confused_digit_away_is_unconfirmed(string shown)
    {
        var verdict = Check(shown, Unsure);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "loa" && f.Field == FieldFinding.NumbersField);
    }

    [Theory]
    [MemberData(nameof(ConfusedReadings))]
    public void The_same_number_read_with_confidence_is_a_mismatch(string shown) =>
        Assert.Equal([ReasonCode.LoaNumbersMismatch], Check(shown, Sure).Reasons);

    [Theory]
    [MemberData(nameof(ConfusedInSureWord))]
    public void A_confused_digit_in_a_word_read_with_confidence_is_a_mismatch(string shown) =>
        Assert.Equal([ReasonCode.LoaNumbersMismatch], Check(shown, Unsure).Reasons);

    [Theory]
    [MemberData(nameof(OtherNumbers))]
    public void Another_number_read_unsurely_is_still_a_mismatch(string shown) =>
        Assert.Equal([ReasonCode.LoaNumbersMismatch], Check(shown, Unsure).Reasons);

    private static Verdict Check(string shownNumber, double confidence)
    {
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(100, (50, "Authorized person name:"), (250, "Jane Doe"))
            .Line(116, (50, "Service address:"), (250, "120 King St W, Toronto, ON M5H 1J9"))
            .Line(140, (50, "Numbers to be ported:"))
            .Word($"({shownNumber[..3]})", new PageBox(250, 140, 280, 150), Sure)
            .Word($"{shownNumber[3..6]}-{shownNumber[6..]}", new PageBox(284, 140, 332, 150), confidence)
            .Line(300, (50, "Signature:"))
            .Image(new PageBox(200, 290, 320, 320))
            .Build(fromOcr: true);
        var loa = DocumentReader.FromPages("loa.jpg", [page]);
        ExtractedDocument[] documents = [loa, Record(DocumentKind.Csr), Record(DocumentKind.Bill)];
        return new VerdictBuilder().Build("x.eml", new ReceivedMessage(), Request, documents, new DateOnly(2026, 11, 28));
    }

    private static ExtractedDocument Record(DocumentKind kind) => new(kind + ".pdf", kind)
    {
        Names = ["Jane Doe"],
        ServiceAddress = Address,
        Addresses = [Address],
        PhoneNumbers = ["+1" + Requested],
        StatementDate = kind == DocumentKind.Bill ? new DateOnly(2026, 11, 20) : null,
    };
}
