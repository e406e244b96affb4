namespace PortMailBot.Web.Localization;

/// <summary>States, actions and reason codes in words (English; French in <see cref="ConsoleFrench"/>).</summary>
internal static class ConsoleTerms
{
    public static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["needs-info"] = "Needs information",
        ["in-review"] = "In review",
        ["approved"] = "Approved",
        ["submitted-to-carrier"] = "Submitted to carrier",
        ["porting-date-set"] = "Porting date set",
        ["completed"] = "Completed",
        ["cancelled"] = "Cancelled",
        ["approve"] = "Approve",
        ["submitted"] = "Submitted to carrier",
        ["carrier-approved"] = "Carrier approved",
        ["carrier-rejected"] = "Carrier rejected",
        ["cancel"] = "Cancel",
        ["note"] = "Note",
        ["account-sid-missing"] = "No account SID found",
        ["account-sid-invalid"] = "The account SID is not AC + 32 hex digits",
        ["numbers-missing"] = "No portable number",
        ["number-invalid"] = "A number is not a valid North American number",
        ["number-toll-free"] = "Toll-free numbers left out",
        ["number-not-canadian"] = "Numbers outside Canada left out",
        ["authorized-user-missing"] = "No authorized user",
        ["service-address-missing"] = "No service address",
        ["service-address-po-box"] = "The service address is a PO Box",
        ["loa-missing"] = "No Letter of Authorization",
        ["loa-unsigned"] = "The LOA is not signed",
        ["loa-name-mismatch"] = "The LOA's name differs",
        ["loa-address-mismatch"] = "The LOA's address differs",
        ["loa-numbers-mismatch"] = "A number is not on the LOA",
        ["csr-missing"] = "No Customer Service Record",
        ["csr-name-mismatch"] = "The CSR's name differs",
        ["csr-address-mismatch"] = "The CSR's address differs",
        ["csr-numbers-mismatch"] = "A number is not on the CSR",
        ["bill-missing"] = "No phone bill",
        ["bill-date-missing"] = "No statement date on the bill",
        ["bill-too-old"] = "The bill is too old",
        ["bill-name-mismatch"] = "The bill's name differs",
        ["bill-address-mismatch"] = "The bill's address differs",
        ["bill-numbers-mismatch"] = "A number is not on the bill",
        ["attachment-unreadable"] = "An attachment could not be read",
    };
}
