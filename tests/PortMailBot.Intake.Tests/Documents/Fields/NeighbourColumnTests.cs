using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Two columns that run close: the right column's "Label: value" pairs stand a little way after the left
/// column's values, close enough to be read into their segments; the left values end where the neighbour's label starts.</summary>
public sealed class NeighbourColumnTests
{
    private static readonly (string Label, string Value)[] Neighbours =
    [
        ("Type:", "Business"), ("Service type:", "Affaires"), ("Contact:", "Service Desk"), ("Account #:", "LT-88213"),
    ];

    public static TheoryData<int, double> Cases()
    {
        var data = new TheoryData<int, double>();
        for (var n = 0; n < Neighbours.Length; n++)
        {
            foreach (var gap in new[] { 7.0, 10.0, 14.0 })
            {
                data.Add(n, gap);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_address_stops_at_the_next_column_label(int neighbour, double gap)
    {
        var (label, value) = Neighbours[neighbour];
        const string Street = "210-6291 boul. des Laurentides E";
        const string City = "Sherbrooke, QC J9T 4Z6";
        // The neighbour column starts just after the longest value, closer than the gap that parts segments.
        var words = Street.Split(' ');
        var right = 150 + (words.Sum(w => w.Length) * 6) + (3 * (words.Length - 1)) + gap;
        var page = new PageBuilder()
            .Line(40, (150, "Port Authorization Form"))
            .Line(80, (40, "Account holder:"), (150, "Tariq Ahmed"))
            .Line(94, (40, "Service address:"), (150, Street), (right, label + " " + value))
            .Line(108, (150, City), (right, "Contact: Service Desk"))
            .Line(140, (40, "(819) 281-0139"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        var address = Assert.Single(document.Addresses);
        Assert.Equal("J9T 4Z6", address.PostalCode);
        Assert.Equal("Sherbrooke", address.City);
        Assert.DoesNotContain(label.TrimEnd(':'), address.Line1, StringComparison.OrdinalIgnoreCase);
    }
}
