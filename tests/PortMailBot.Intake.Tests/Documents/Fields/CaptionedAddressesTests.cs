using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A record listing the account's billing address and its service address, each under its own caption in
/// one column: the caption heads its address, so the service address is read alone, not run together with the
/// billing address (a PO box) above it, even when its unit, civic number and postal code hold ten digits.</summary>
public sealed class CaptionedAddressesTests
{
    private static readonly (string Billing, string Service)[] Captions =
    [
        ("Billing address", "Service location"), ("Mailing address", "Service address"),
        ("Adresse de facturation", "Emplacement du service"), ("Adresse postale", "Adresse du service"),
    ];

    private static readonly string[] ServiceLines =
    [
        "Bureau 104, 7311 chemin Sainte-Foy, Lévis, QC G2S 9K5", "1502-2906 avenue Papineau, Laval, QC H7N 4K2",
        "7311 Dundas St W, Unit 210, London, ON N6B 1A1",
    ];

    public static TheoryData<int, int> Cases()
    {
        var data = new TheoryData<int, int>();
        for (var c = 0; c < Captions.Length; c++)
        {
            for (var s = 0; s < ServiceLines.Length; s++)
            {
                data.Add(c, s);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_service_address_under_its_caption_is_read_apart_from_the_billing_address(int captions, int service)
    {
        var (billing, location) = Captions[captions];
        var line = ServiceLines[service];
        var page = new PageBuilder()
            .SizedLine(36, 13, (40, "Customer Service Record — Bluewater Communications"))
            .SizedLine(71, 6.5, (44, "Customer name"), (310, "Account number"))
            .SizedLine(88, 9, (44, "Colin Lafrenière"), (310, "520-3980006"))
            .SizedLine(103, 6.5, (44, billing))
            .SizedLine(120, 9, (44, "C.P. 4539, Lévis, QC G1V 9X9"))
            .SizedLine(135, 6.5, (44, location))
            .SizedLine(152, 9, (44, line))
            .SizedLine(167, 6.5, (44, "Account type"))
            .SizedLine(184, 9, (44, "Residential"))
            .SizedLine(246, 8, (44, "418-858-3218"), (154, "VoIP"), (404, "Active"))
            .Build();

        var document = DocumentReader.FromPages("record.pdf", [page]);

        var number = line.Contains("7311", StringComparison.Ordinal) ? "7311" : "2906";
        Assert.Contains(document.Addresses, a => a.StreetNumber == number && !a.IsPoBox);
        Assert.DoesNotContain(billing, document.Names);
    }
}
