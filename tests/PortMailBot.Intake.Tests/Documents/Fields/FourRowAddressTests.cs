using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A labelled service address spread over four rows (street, city, province, postal code) is read to
/// its postal code, and no further.</summary>
public sealed class FourRowAddressTests
{
    private static readonly string[][] Addresses =
    [
        ["3301 Main St.", "Vancouver", "British Columbia", "v5v3m8"],
        ["1234, boul. René-Lévesque Ouest", "bureau 500", "Montréal (Québec)", "H3B 4W8"],
        ["12 Main Street, Unit 4", "Markham", "Ont.", "L3P 1X9"],
    ];

    public static TheoryData<int, string, bool> Cases()
    {
        var data = new TheoryData<int, string, bool>();
        for (var a = 0; a < Addresses.Length; a++)
        {
            foreach (var kind in new[] { "loa", "csr" })
            {
                data.Add(a, kind, true);
                data.Add(a, kind, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_service_address_over_four_rows_is_read_to_its_postal_code(int address, string kind, bool nextRowHasPostalCode)
    {
        var rows = Addresses[address];
        var page = new PageBuilder()
            .Line(40, (150, kind == "loa" ? "LETTER OF AUTHORIZATION" : "CUSTOMER SERVICE RECORD"))
            .Line(100, (60, "Customer name"), (220, "Kevin Nguyen"))
            .Line(120, (60, "Service address"), (220, rows[0]))
            .Line(140, (220, rows[1]))
            .Line(160, (220, rows[2]))
            .Line(180, (220, rows[3]))
            .Line(200, (220, nextRowHasPostalCode ? "Mailing: PO Box 12, Vancouver BC V6B 1A1" : "Canada"))
            .Line(240, (60, "Telephone numbers"))
            .Line(256, (66, "(604) 555-0155"))
            .Build();

        var document = DocumentReader.FromPages(kind + ".pdf", [page]);

        var expected = rows[3].ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(expected[..3] + " " + expected[3..], document.ServiceAddress?.PostalCode);
        Assert.False(document.ServiceAddress?.IsPoBox);
    }
}
