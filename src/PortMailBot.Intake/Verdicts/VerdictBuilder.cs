using System.Globalization;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Classification;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Verdicts;

/// <summary>Applies the check contract's rules to what was read: which reasons hold, and the decision.</summary>
public sealed class VerdictBuilder(int billMaxAgeDays = 30)
{
    public Verdict Build(
        string file,
        ReceivedMessage message,
        RequestFields request,
        IReadOnlyList<ExtractedDocument> documents,
        DateOnly asOf)
    {
        // The documents enclosed in an attachment (one scan of the LOA, CSR and bill) are checked as documents
        // of their own; the verdict lists the attachment once, as its first document.
        var parts = documents.SelectMany(d => d.WithEnclosed().Select((part, index) => (Part: part, Listed: index == 0))).ToList();
        var filled = MissingKinds.Filled([.. parts.Select(p => p.Part)]);
        var listed = filled.Where((_, index) => parts[index].Listed).ToList();
        documents = filled;
        var reasons = new SortedSet<string>(StringComparer.Ordinal);
        var numbers = AllRequestedNumbers(request, documents);
        var portable = numbers.Where(n => n.Type == NumberType.Geographic).Select(n => n.Number).ToList();

        if (request.AccountSid is null)
        {
            reasons.Add(request.AccountSidInvalid ? ReasonCode.AccountSidInvalid : ReasonCode.AccountSidMissing);
        }

        CheckNumbers(numbers, portable, reasons);

        if (request.AuthorizedUser is null)
        {
            reasons.Add(ReasonCode.AuthorizedUserMissing);
        }

        if (request.ServiceAddress is null)
        {
            reasons.Add(ReasonCode.ServiceAddressMissing);
        }
        else if (request.ServiceAddress.IsPoBox)
        {
            reasons.Add(ReasonCode.ServiceAddressPoBox);
        }

        if (message.UnreadableAttachments.Count > 0 || documents.Any(d => d.Unreadable is not null || d.PagesNotReadReason is not null))
        {
            reasons.Add(ReasonCode.AttachmentUnreadable);
        }

        var readable = documents.Where(d => d.Unreadable is null).ToList();
        var findings = new List<FieldFinding>();
        // A business labelled as one on any document ("Company name: Silver Birch" on the LOA) is that business on
        // the others too: their holder line showing it names no person.
        request = request with
        {
            Businesses = request.Businesses.Concat(readable.SelectMany(d => d.WithEnclosed()).SelectMany(d => d.Businesses)).Distinct(StringComparer.Ordinal).ToList(),
        };
        CheckLoa(request, portable, readable.Where(d => d.Kind == DocumentKind.Loa).ToList(), reasons, findings);
        CheckRecord(request, portable, readable.Where(d => d.Kind == DocumentKind.Csr).ToList(), reasons, findings, CsrCodes);
        var bills = readable.Where(d => d.Kind == DocumentKind.Bill).ToList();
        if (CheckRecord(request, portable, bills, reasons, findings, BillCodes))
        {
            CheckBillDate(bills, asOf, reasons);
        }

        var decision = reasons.Any(ReasonCode.IsBlocking) ? Verdict.Reject : Verdict.Accept;
        return new Verdict(
            file,
            message.MessageId,
            decision,
            [.. reasons],
            request.AccountSid,
            request.AuthorizedUser is { } user ? new VerdictUser(user.FirstName, user.LastName) : null,
            request.ServiceAddress is { } address ? ToVerdict(address) : null,
            numbers.Select(n => new VerdictNumber(n.Number, TypeName(n.Type))).ToList(),
            listed.Select(ToVerdict).ToList())
        {
            Findings = findings,
        };
    }

    private static List<RequestedNumber> AllRequestedNumbers(RequestFields request, IReadOnlyList<ExtractedDocument> documents) =>
        request.Numbers
            .Concat(documents.Where(d => d.Kind == DocumentKind.Numbers && d.Unreadable is null).SelectMany(d => d.ListedNumbers))
            .DistinctBy(n => n.Number)
            .OrderBy(n => n.Number, StringComparer.Ordinal)
            .ToList();

    private static void CheckNumbers(List<RequestedNumber> numbers, List<string> portable, SortedSet<string> reasons)
    {
        if (numbers.Any(n => n.Type == NumberType.Invalid))
        {
            reasons.Add(ReasonCode.NumberInvalid);
        }

        if (numbers.Any(n => n.Type == NumberType.TollFree))
        {
            reasons.Add(ReasonCode.NumberTollFree);
        }

        if (numbers.Any(n => n.Type == NumberType.NonCanadian))
        {
            reasons.Add(ReasonCode.NumberNotCanadian);
        }

        if (portable.Count == 0)
        {
            reasons.Add(ReasonCode.NumbersMissing);
        }
    }

    private static void CheckLoa(RequestFields request, List<string> portable, List<ExtractedDocument> loas, SortedSet<string> reasons, List<FieldFinding> findings)
    {
        if (!CheckRecord(request, portable, loas, reasons, findings, LoaCodes))
        {
            return;
        }

        // Unsigned only when every LOA was read unsigned: a scan whose signature place could not be read
        // (Signed null) is left to the operator rather than called unsigned.
        if (loas.All(l => l.Signed == false))
        {
            reasons.Add(ReasonCode.LoaUnsigned);
        }
    }

    /// <summary>Checks that a document of one kind is present and agrees with the request on name,
    /// address and numbers.</summary>
    /// <returns>False when the document is missing.</returns>
    private static bool CheckRecord(
        RequestFields request,
        List<string> portable,
        List<ExtractedDocument> documents,
        SortedSet<string> reasons,
        List<FieldFinding> findings,
        KindCodes codes)
    {
        if (documents.Count == 0)
        {
            reasons.Add(codes.Missing);
            return false;
        }

        DocumentCrossCheck.Check(request, portable, documents, codes.Compared, reasons, findings);
        return true;
    }

    private void CheckBillDate(List<ExtractedDocument> bills, DateOnly asOf, SortedSet<string> reasons)
    {
        var newest = bills.Where(b => b.StatementDate is not null).Max(b => b.StatementDate);
        if (newest is not { } date)
        {
            reasons.Add(ReasonCode.BillDateMissing);
        }
        else if (asOf.DayNumber - date.DayNumber > billMaxAgeDays)
        {
            reasons.Add(ReasonCode.BillTooOld);
        }
    }

    private static VerdictAddress ToVerdict(PostalAddress address) =>
        new(address.Line1, address.Line2, address.City, address.Province, address.PostalCode);

    private static VerdictDocument ToVerdict(ExtractedDocument document) => new(
        document.FileName,
        KindName(document.Kind),
        document.Ocr,
        document.Kind == DocumentKind.Loa ? document.Signed ?? false : null,
        document.Kind == DocumentKind.Bill ? document.StatementDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Loa => "loa",
        DocumentKind.Csr => "csr",
        DocumentKind.Bill => "bill",
        DocumentKind.Numbers => "numbers",
        _ => "other",
    };

    public static string TypeName(NumberType type) => type switch
    {
        NumberType.Geographic => "geographic",
        NumberType.TollFree => "toll-free",
        NumberType.NonCanadian => "non-canadian",
        _ => "invalid",
    };

    private sealed record KindCodes(string Missing, DocumentCrossCheck.Codes Compared);

    private static readonly KindCodes LoaCodes = new(
        ReasonCode.LoaMissing, new("loa", ReasonCode.LoaNameMismatch, ReasonCode.LoaAddressMismatch, ReasonCode.LoaNumbersMismatch));

    private static readonly KindCodes CsrCodes = new(
        ReasonCode.CsrMissing, new("csr", ReasonCode.CsrNameMismatch, ReasonCode.CsrAddressMismatch, ReasonCode.CsrNumbersMismatch));

    private static readonly KindCodes BillCodes = new(
        ReasonCode.BillMissing, new("bill", ReasonCode.BillNameMismatch, ReasonCode.BillAddressMismatch, ReasonCode.BillNumbersMismatch));
}
