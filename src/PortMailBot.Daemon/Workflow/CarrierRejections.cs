namespace PortMailBot.Daemon.Workflow;

/// <summary>The carrier rejection codes of <c>/carrier-rejected CODE</c>; each has an explanation with what
/// to do in the <c>carrier-rejected</c> reply templates.</summary>
public static class CarrierRejections
{
    public static IReadOnlyList<string> Codes { get; } =
    [
        "pin-mismatch",
        "account-number-mismatch",
        "name-mismatch",
        "address-mismatch",
        "postal-code-mismatch",
        "unauthorized-user",
        "pending-order",
        "number-not-on-account",
        "number-not-portable",
        "other",
    ];

    public static bool IsKnown(string code) => Codes.Contains(code, StringComparer.Ordinal);
}
