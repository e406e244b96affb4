using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Verdicts;

/// <summary>An address as the list of its texts, so that its unsure words can be read otherwise in every part
/// at once (<see cref="Matching.UnsureReadings"/>), and back.</summary>
internal static class UnsureAddress
{
    public static IReadOnlyList<string?> Fields(PostalAddress address) =>
    [
        address.Line1, address.Line2, address.City, address.Province, address.PostalCode,
        address.StreetNumber, address.StreetName, address.Unit, address.PostalCodeAsRead,
    ];

    public static PostalAddress FromFields(IReadOnlyList<string?> fields) =>
        new(fields[0] ?? string.Empty, fields[1], fields[2], fields[3], fields[4])
        {
            StreetNumber = fields[5],
            StreetName = fields[6],
            Unit = fields[7],
            PostalCodeAsRead = fields[8],
        };
}
