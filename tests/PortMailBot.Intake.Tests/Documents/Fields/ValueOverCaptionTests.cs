using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>An LOA whose values are written on underlines with their captions printed under the lines in small print
/// ("JANE DOE" over "Subscriber name (print)"), captions worded in English or French, with a parenthetical, a company
/// field beside left empty or filled. And the opposite layout on a record, small captions over ruled rows of values,
/// where a value sits closer to the next caption than to its own: each value is read with its own caption.</summary>
public sealed class ValueOverCaptionTests
{
    private static readonly (string Name, string Company, string Address)[] Captions =
    [
        ("Subscriber name (print)", "Company name (if applicable)", "Service address (number, street, unit)"),
        ("Nom de l'abonné (en lettres moulées)", "Entreprise (s'il y a lieu)", "Adresse du service (numéro, rue, unité)"),
    ];

    public static TheoryData<int, double, bool> Cases()
    {
        var data = new TheoryData<int, double, bool>();
        for (var c = 0; c < Captions.Length; c++)
        {
            foreach (var gap in new[] { 4.0, 6.0, 8.0 })
            {
                data.Add(c, gap, true);
                data.Add(c, gap, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_value_over_its_small_caption_is_read(int captions, double gap, bool company)
    {
        var (name, business, address) = Captions[captions];
        var page = new PageBuilder()
            .SizedLine(40, 15, (200, "LETTER OF AUTHORIZATION"))
            .SizedLine(104, 8, (40, "The undersigned, holder of the account described below, authorizes Twilio to port the numbers."));
        double y = 150;
        page.SizedLine(y, 10, company ? [(42, "JOSÉE DHALIWAL"), (322, "Northgate Dental")] : [(42, "JOSÉE DHALIWAL")]);
        page.SizedLine(y + 10 + gap, 6.5, (41, name), (321, business));
        y += 40;
        page.SizedLine(y, 10, (42, "1072 Maple Cres"));
        page.SizedLine(y + 10 + gap, 6.5, (41, address));
        y += 40;
        page.SizedLine(y, 10, (42, "Kingston"), (292, "ON"), (432, "K3N 3R3"));
        page.SizedLine(y + 10 + gap, 6.5, (41, "City"), (291, "Province"), (431, "Postal code"));
        page.SizedLine(y + 50, 10, (42, "613.219.2832"));
        page.SizedLine(y + 60 + gap, 6.5, (41, "Number 1"));

        var document = DocumentReader.FromPages("loa.pdf", [page.Build()]);

        Assert.Equal(DocumentKind.Loa, document.Kind);
        Assert.Contains("JOSÉE DHALIWAL", document.Names);
        Assert.Contains(document.Addresses, a => a.StreetNumber == "1072" && a.StreetName == "Maple Cres");
        Assert.DoesNotContain(document.Addresses, a => a.StreetNumber == "1072" && a.City is not (null or "Kingston"));
    }

    [Theory]
    [InlineData("Billing address", "Service location", 9.0)]
    [InlineData("Adresse de facturation", "Emplacement du service", 9.0)]
    [InlineData("Mailing address", "Service address", 10.0)]
    [InlineData("Billing address", "Service address", 11.0)]
    public void Small_captions_over_ruled_rows_keep_their_values_under_them(string billing, string service, double size)
    {
        // Rows 12 high for the caption and 20 for the value, the text at each row's foot: a value stands 7 units over
        // the next caption and 12 under its own.
        var page = new PageBuilder()
            .SizedLine(36, 13, (40, "Account record — Coastline Telecom"))
            .SizedLine(71, 6.5, (44, "Customer name"), (310, "Account number"))
            .SizedLine(96 - size, size, (44, "Amélie Pelletier"), (310, "517-7689287"))
            .SizedLine(103, 6.5, (44, billing))
            .SizedLine(128 - size, size, (44, "7209 Industrial Rd, Brandon, MB R5T 3E3"))
            .SizedLine(135, 6.5, (44, service))
            .SizedLine(160 - size, size, (44, "Suite 3, 8461 Maple Crescent, Brandon, MB R9C 1P4"))
            .SizedLine(167, 6.5, (44, "Account type"))
            .SizedLine(192 - size, size, (44, "Residential"))
            .SizedLine(240, 8, (44, "204-485-1526"), (154, "VoIP"), (404, "Active"))
            .Build();

        var document = DocumentReader.FromPages("record.pdf", [page]);

        Assert.Equal(DocumentKind.Csr, document.Kind);
        Assert.Contains("Amélie Pelletier", document.Names);
        Assert.Contains(document.Addresses, a => a.StreetNumber == "8461" && a.Unit == "3");
        Assert.DoesNotContain(document.Addresses, a => a.StreetNumber == "8461" && a.City is not "Brandon");
    }
}
