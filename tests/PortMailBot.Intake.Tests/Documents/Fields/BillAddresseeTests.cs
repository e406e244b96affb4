using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill whose top left holds the carrier's letterhead address and whose addressee stands elsewhere
/// (the remittance slip at the foot of the page, a sidebar): the addressee's address is read too.</summary>
public sealed class BillAddresseeTests
{
    private static readonly (string Name, string Street, string City, string Postal)[] Customers =
    [
        ("INES MOREAU", "2150 ROBSON ST", "VANCOUVER BC", "V6G 1C2"),
        ("Paul Hébert", "40 Water Street", "Saint John, NB", "E2L 1P8"),
        ("GROUPE LAVOIE", "500-1234 BOUL RENE-LEVESQUE O", "MONTREAL QC", "H3B 4W8"),
    ];

    public static TheoryData<int, double, double> Cases()
    {
        var data = new TheoryData<int, double, double>();
        for (var c = 0; c < Customers.Length; c++)
        {
            // Foot of the page (left), foot of the page (right half), a sidebar half way down on the right.
            data.Add(c, 50, 640);
            data.Add(c, 330, 660);
            data.Add(c, 400, 420);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_addressee_away_from_the_top_left_is_read_beside_the_letterhead(int customer, double left, double top)
    {
        var (name, street, city, postal) = Customers[customer];
        var page = new PageBuilder()
            .Line(40, (50, "Westcoast Connect"), (380, "Bill date: 2026-11-05"))
            .Line(55, (50, "400 Burrard St, Vancouver, BC V6C 3A6"))
            .Line(100, (50, "Account summary"))
            .Line(118, (50, "New charges"), (300, "$97.35"))
            .Line(218, (60, "604-555-0155"), (250, "Unlimited Canada"))
            .Line(top - 20, (left, "Please return this portion with your payment"))
            .Line(top, (left, name))
            .Line(top + 14, (left, street))
            .Line(top + 28, (left, city + "  " + postal))
            .Build();

        var document = DocumentReader.FromPages("statement.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Contains(document.Addresses, a => a.PostalCode == postal);
        Assert.Contains(document.Addresses, a => a.PostalCode == "V6C 3A6");
        Assert.Contains(name, document.Names);
    }
}
