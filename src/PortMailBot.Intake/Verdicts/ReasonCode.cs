namespace PortMailBot.Intake.Verdicts;

/// <summary>The reason codes of the check contract, exactly as written in the verdict.</summary>
public static class ReasonCode
{
    public const string AccountSidMissing = "account-sid-missing";
    public const string AccountSidInvalid = "account-sid-invalid";
    public const string NumbersMissing = "numbers-missing";
    public const string NumberInvalid = "number-invalid";
    public const string NumberTollFree = "number-toll-free";
    public const string NumberNotCanadian = "number-not-canadian";
    public const string AuthorizedUserMissing = "authorized-user-missing";
    public const string ServiceAddressMissing = "service-address-missing";
    public const string ServiceAddressPoBox = "service-address-po-box";
    public const string LoaMissing = "loa-missing";
    public const string LoaUnsigned = "loa-unsigned";
    public const string LoaNameMismatch = "loa-name-mismatch";
    public const string LoaAddressMismatch = "loa-address-mismatch";
    public const string LoaNumbersMismatch = "loa-numbers-mismatch";
    public const string CsrMissing = "csr-missing";
    public const string CsrNameMismatch = "csr-name-mismatch";
    public const string CsrAddressMismatch = "csr-address-mismatch";
    public const string CsrNumbersMismatch = "csr-numbers-mismatch";
    public const string BillMissing = "bill-missing";
    public const string BillDateMissing = "bill-date-missing";
    public const string BillTooOld = "bill-too-old";
    public const string BillNameMismatch = "bill-name-mismatch";
    public const string BillAddressMismatch = "bill-address-mismatch";
    public const string BillNumbersMismatch = "bill-numbers-mismatch";
    public const string AttachmentUnreadable = "attachment-unreadable";

    /// <summary>Codes that do not by themselves make a request incomplete.</summary>
    public static readonly IReadOnlySet<string> Advisory = new HashSet<string>(StringComparer.Ordinal)
    {
        NumberTollFree, NumberNotCanadian, AttachmentUnreadable,
    };

    public static bool IsBlocking(string code) => !Advisory.Contains(code);
}
