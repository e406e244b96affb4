namespace PortMailBot.Intake.Addresses;

/// <summary>A Canadian civic address. <see cref="Province"/> is the two-letter code and
/// <see cref="PostalCode"/> is written <c>A1A 1A1</c> when they could be read.</summary>
public sealed record PostalAddress(string Line1, string? Line2, string? City, string? Province, string? PostalCode)
{
    /// <summary>Civic number, e.g. <c>2218</c>.</summary>
    public string? StreetNumber { get; init; }

    /// <summary>Street name with its type and direction as written, e.g. <c>East Hastings Street</c>.</summary>
    public string? StreetName { get; init; }

    /// <summary>Unit, suite, apartment or office, as its bare designator, e.g. <c>704</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>The postal code's characters as written when OCR garbled them (<c>A1C 985</c> read for
    /// <c>A1C 9S5</c>); null when they were already a valid code.</summary>
    public string? PostalCodeAsRead { get; init; }

    /// <summary>A PO Box, rural route, general delivery (any language): not a service address.</summary>
    public bool IsPoBox { get; init; }
}
