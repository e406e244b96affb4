using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A bill whose customer block could not be found, with the carrier's remittance address written on one
/// line after its caption ("Remit to:   Télécom Laurentides, PO Box 1952 Stn A, Toronto ON M5W 1A1"): where the
/// payment goes is not read as the customer's address, so no difference is claimed against it.</summary>
public sealed class RemitLineTests
{
    public static TheoryData<string, string> Lines()
    {
        var data = new TheoryData<string, string>();
        foreach (var caption in new[] { "Remit to:", "Please remit to:", "Envoyer le paiement à :", "Make cheques payable to:" })
        {
            foreach (var address in new[]
            {
                "Télécom Laurentides, PO Box 1952 Stn A, Toronto ON M5W 1A1",
                "Prairie Link, 2200 Albert St, Regina SK S4P 3Y3",
                "Northwind Mobile, C.P. 6361, succursale Centre-ville, Montréal QC H3C 4L7",
            })
            {
                data.Add(caption, address);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_remittance_address_after_its_caption_on_one_line_is_not_the_customers(string caption, string address)
    {
        var page = new PageBuilder()
            .Line(30, (300, "Your invoice"))
            .Line(44, (300, "Télécom Laurentides"))
            .Line(80, (50, "Date of bill"), (250, "Account number"))
            .Line(94, (50, "November 16, 2026"), (250, "868530456"))
            .Line(200, (50, "Your lines"))
            .Line(214, (50, "(403) 555-1123"), (250, "Mobile 15 Go"), (450, "$31.50"))
            .Line(300, (50, caption), (80 + (caption.Length * 7), address))
            .Build();

        var document = DocumentReader.FromPages("bill.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Empty(document.Addresses);
        Assert.Null(document.ServiceAddress);
    }
}
