using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>A complete request from Jane Doe for one Toronto number, and documents that agree with it unless told
/// otherwise: the verdict tests vary one thing from there.</summary>
internal static class VerdictCases
{
    public const string Number = "+14163204134";

    public static readonly PostalAddress Address = AddressParser.Parse("Suite 400, 120 King St W, Toronto, ON M5H 1J9")!;

    public static RequestFields Request(params string[] businesses) => new()
    {
        AccountSid = "ac0123456789abcdef0123456789abcdef",
        AuthorizedUser = new PersonName("Jane", "Doe"),
        ServiceAddress = Address,
        Numbers = [new RequestedNumber(Number, NumberType.Geographic)],
        Businesses = businesses,
    };

    /// <summary>A document of <paramref name="kind"/> showing <paramref name="names"/>, the request's address and
    /// number, signed (an LOA) or recent (a bill).</summary>
    public static ExtractedDocument Document(string fileName, DocumentKind kind, params string[] names) => new(fileName, kind)
    {
        Names = names,
        ServiceAddress = Address,
        Addresses = [Address],
        PhoneNumbers = [Number],
        Signed = kind == DocumentKind.Loa ? true : null,
        StatementDate = kind == DocumentKind.Bill ? new DateOnly(2026, 11, 20) : null,
    };

    public static Verdict Build(RequestFields request, params ExtractedDocument[] documents) =>
        new VerdictBuilder().Build("x.eml", new ReceivedMessage(), request, documents, new DateOnly(2026, 11, 28));
}
