using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>Two address blocks side by side (the carrier's remit-to block and the customer's, a customer and
/// a reseller): each column is read on its own, and where the payment goes is never the customer's address.</summary>
public sealed class SideBySideBlockTests
{
    private static readonly string[] RemitCaptions = ["Remit to:", "Envoyer à :", "Make cheques payable to:", "Please remit to:", "Paiement à :"];

    private static readonly (string Street, string City, string Postal)[] RemitAddresses =
    [
        ("PO Box 4400 Stn Main", "Regina SK  S4P 3Y3", "S4P 3Y3"),
        ("1 Place Ville Marie, bureau 2000", "Montréal (Québec) H3B 2C4", "H3B 2C4"),
    ];

    public static TheoryData<string, int, bool> Cases()
    {
        var data = new TheoryData<string, int, bool>();
        foreach (var caption in RemitCaptions)
        {
            for (var a = 0; a < RemitAddresses.Length; a++)
            {
                data.Add(caption, a, true);
                data.Add(caption, a, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_customer_block_beside_a_remit_to_block_is_read_and_the_remit_to_is_not(string caption, int remit, bool customerOnTheRight)
    {
        var (street, city, postal) = RemitAddresses[remit];
        double carrierLeft = customerOnTheRight ? 50 : 330, customerLeft = customerOnTheRight ? 330 : 50;
        var page = new PageBuilder()
            .Line(30, (50, "PRAIRIE LINK"), (420, "Your statement"))
            .Line(73, (carrierLeft, caption), (customerLeft, "ARJUN PATEL"))
            .Line(86, (carrierLeft, "Prairie Link Communications"), (customerLeft, "2345 ALBERT ST"))
            .Line(99, (carrierLeft, street), (customerLeft, "REGINA SK  S4P 2V7"))
            .Line(112, (carrierLeft, city))
            .Line(163, (50, "Invoice date: Nov 14, 2026"), (330, "Account: PL-4471-2209"))
            .Line(209, (50, "306-555-0141"), (200, "Business"), (450, "$44.20"))
            .Build();

        var document = DocumentReader.FromPages("statement.pdf", [page]);

        Assert.Equal(DocumentKind.Bill, document.Kind);
        Assert.Equal("S4P 2V7", document.ServiceAddress?.PostalCode);
        Assert.Equal("2345", document.ServiceAddress?.StreetNumber);
        Assert.DoesNotContain(document.Addresses, a => a.IsPoBox || a.StreetNumber == "1" || a.PostalCode == postal && a.StreetNumber != "2345");
    }

    [Theory]
    [InlineData("Address:", "210-88 Queen St E", "Toronto, ON M5C 1S6", "M5C 1S6")]
    [InlineData("Adresse :", "1234, boul. René-Lévesque O., bureau 500", "Montréal (Québec) H3B 4W8", "H3B 4W8")]
    [InlineData("Street address:", "12 Main Street, Unit 4", "Markham, Ont. L3P 1X9", "L3P 1X9")]
    public void An_address_caption_takes_the_city_line_under_it_beside_another_column(string caption, string street, string city, string postal)
    {
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(80, (50, "CUSTOMER"), (320, "AGENT (RESELLER)"))
            .Line(100, (50, "Name:"), (110, "Lena Fischer"), (320, "Name:"), (380, "Marc-Antoine Dubois"))
            .Line(115, (50, caption), (130, street), (320, "Address:"), (380, "250 Front St W, Suite 1100"))
            .Line(130, (130, city), (380, "Toronto, ON M5V 3G5"))
            .Line(160, (50, "Numbers to port:"), (150, "416-555-0142"))
            .Build();

        var document = DocumentReader.FromPages("loa.pdf", [page]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Equal(postal, document.ServiceAddress?.PostalCode);
    }
}
