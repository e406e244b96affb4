using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill whose header is a grid of small captions, each over its value ("Invoice date" over "11 Nov 2026"),
/// with the addressee's name and address printed to the grid's right: the captions head their values, they do not
/// label the addressee's lines beside them, so the addressee is read whole and alone.</summary>
public sealed class AddresseeBesideCaptionGridTests
{
    private static readonly (string? Business, string Person, string Street, string Locality, string Postal)[] Customers =
    [
        ("NORTHWIND LOGISTICS", "ATTN: TOMASZ LINDQVIST", "5233 RUE SAINT-DENIS", "QUÉBEC (QUÉBEC)", "G9R 2T2"),
        (null, "AURÉLIE TREMBLAY", "5820 DUNDAS STREET EAST, SUITE 396", "CALGARY (ALBERTA)", "T5P 2M6"),
        ("Clinique Saint-Roch", "Marcus Okafor", "4063 Kingsway Dr", "Regina SK", "S9L 8T8"),
    ];

    public static TheoryData<int, double, double> Cases()
    {
        var data = new TheoryData<int, double, double>();
        for (var c = 0; c < Customers.Length; c++)
        {
            // The addressee level with the caption rows, or level with the value rows; nearer the grid or further right.
            foreach (var (left, shift) in new[] { (330.0, 0.0), (400.0, 0.0), (330.0, 4.0), (300.0, 11.0) })
            {
                data.Add(c, left, shift);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_addressee_right_of_a_grid_of_captions_over_values_is_read(int customer, double left, double shift)
    {
        var (business, person, street, locality, postal) = Customers[customer];
        var block = new List<string>();
        if (business is not null)
        {
            block.Add(business);
        }

        block.AddRange([person, street, locality + " " + postal]);
        var page = new PageBuilder()
            .SizedLine(40, 15, (240, "Account statement"))
            .SizedLine(58, 10, (270, "Vireo Wireless"));
        var grid = new[] { ("Service period", "2026-11-11 – 2026-12-10", "Invoice no.", "196991092"), ("Account number", "A123338996", "Invoice date", "11 Nov 2026") };
        for (var row = 0; row < grid.Length; row++)
        {
            var top = 95 + (row * 26);
            page.SizedLine(top, 7, (50, grid[row].Item1), (165, grid[row].Item3))
                .SizedLine(top + 10, 9, (50, grid[row].Item2), (165, grid[row].Item4));
        }

        for (var i = 0; i < block.Count; i++)
        {
            page.SizedLine(94 + shift + (i * 13), 10, (left, block[i]));
        }

        page.SizedLine(185, 12, (50, "Amount due $380.34"))
            .SizedLine(215, 11, (50, "Your lines"))
            .SizedLine(232, 9, (50, "78134-01"), (120, "418.246.0971"), (250, "Ligne PBX"), (440, "$24.15"));

        var document = DocumentReader.FromPages("bill.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains(person.Replace("ATTN: ", string.Empty, StringComparison.Ordinal), document.Names);
        Assert.Equal(postal, document.ServiceAddress?.PostalCode);
        var address = document.ServiceAddress!;
        Assert.DoesNotContain("2026", address.Line1 + " " + address.Line2, StringComparison.Ordinal);
        Assert.DoesNotContain("A123338996", address.Line1 + " " + address.City, StringComparison.Ordinal);
    }
}
