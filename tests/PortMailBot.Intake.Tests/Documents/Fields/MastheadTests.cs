using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A carrier's masthead (its name in large print opening the first page, its address under it) is the
/// carrier's, never the customer's, on a bill or a record; an LOA's letterhead is the customer's own.</summary>
public sealed class MastheadTests
{
    private static readonly (string Name, string[] Address)[] Carriers =
    [
        ("Westcoast Connect", ["400 Burrard St, Vancouver, BC V6C 3A6"]),
        ("Bayview Communications Ltd.", ["77 Water St", "Saint John, NB  E2L 1P8"]),
        ("Télécom Laurentides", ["1500 rue University, Montréal QC H3A 3S7"]),
    ];

    /// <summary>Words of a line printed <paramref name="size"/> units tall (PageBuilder prints 10).</summary>
    private static PageBuilder Big(PageBuilder page, double top, double left, string text, double size)
    {
        var x = left;
        foreach (var word in text.Split(' '))
        {
            var w = word.Length * size * 0.6;
            page.Word(word, new PageBox(x, top, x + w, top + size), 1);
            x += w + (size * 0.3);
        }

        return page;
    }

    private static PageBuilder WithMasthead(int carrier, double size)
    {
        var (name, address) = Carriers[carrier];
        var page = Big(new PageBuilder(), 30, 50, name, size);
        for (var i = 0; i < address.Length; i++)
        {
            page.Line(30 + size + 4 + (12 * i), (50, address[i]));
        }

        return page;
    }

    public static TheoryData<int, double, bool> Cases()
    {
        var data = new TheoryData<int, double, bool>();
        for (var c = 0; c < Carriers.Length; c++)
        {
            foreach (var size in new[] { 14.0, 18.0 })
            {
                data.Add(c, size, true);
                data.Add(c, size, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_carriers_masthead_address_is_not_the_customers_on_a_bill_or_a_record(int carrier, double size, bool bill)
    {
        var page = WithMasthead(carrier, size)
            .Line(36, (380, bill ? "Bill date: 2026-11-05" : "CUSTOMER SERVICE RECORD"))
            .Line(110, (50, "TN"), (170, "Service"))
            .Line(124, (50, "4165550142"), (170, "Business line"))
            .Line(600, (50, bill ? "Please return this portion with your payment" : "Customer of record"))
            .Line(620, (50, "LENA FISCHER"))
            .Line(634, (50, "88 QUEEN ST E STE 210"))
            .Line(648, (50, "TORONTO ON  M5C 1S6"))
            .Build();

        var document = DocumentReader.FromPages(bill ? "statement.pdf" : "record.pdf", [page]);

        Assert.Equal(bill ? DocumentKind.Bill : DocumentKind.Csr, document.Kind);
        Assert.Equal("M5C 1S6", document.ServiceAddress?.PostalCode);
        Assert.All(document.Addresses, a => Assert.Equal("M5C 1S6", a.PostalCode));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_masthead_alone_leaves_the_address_unread(int carrier, double size, bool bill)
    {
        var page = WithMasthead(carrier, size)
            .Line(36, (380, bill ? "Bill date: 2026-11-05" : "CUSTOMER SERVICE RECORD"))
            .Line(110, (50, "TN"), (170, "Service"))
            .Line(124, (50, "4165550142"), (170, "Business line"))
            .Build();

        Assert.Empty(DocumentReader.FromPages(bill ? "statement.pdf" : "record.pdf", [page]).Addresses);
    }

    [Theory]
    [InlineData(14.0)]
    [InlineData(18.0)]
    public void An_loa_letterhead_is_the_customers_own_address(double size)
    {
        var page = Big(new PageBuilder(), 30, 50, "Fischer Design", size)
            .Line(30 + size + 4, (50, "88 Queen St E, Suite 210"))
            .Line(30 + size + 16, (50, "Toronto, ON M5C 1S6"))
            .Line(120, (50, "Re: Letter of Authorization"))
            .Line(140, (50, "I authorize Twilio Inc. to port 416-555-0142 from my current carrier."))
            .Build();

        var document = DocumentReader.FromPages("letter.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains(document.Addresses, a => a.PostalCode == "M5C 1S6");
    }
}
