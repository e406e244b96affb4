using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A record whose captions are printed in small print under their values, an address over its caption on two
/// or three lines, and another address (the billing one, a PO box) under that caption with a caption of its own: the
/// service address is the block over "Service location", not the one under it.</summary>
public sealed class AddressOverCaptionTests
{
    public static TheoryData<string, string, int, double> Cases()
    {
        var data = new TheoryData<string, string, int, double>();
        foreach (var (service, billing) in new[] { ("Service location", "Billing address"), ("Adresse du service", "Adresse de facturation"), ("Service address", "Mailing address") })
        {
            foreach (var lines in new[] { 2, 3 })
            {
                foreach (var spacing in new[] { 12.7, 14.0 })
                {
                    data.Add(service, billing, lines, spacing);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_address_over_its_caption_is_read_whole_and_not_the_one_under_it(string service, string billing, int lines, double spacing)
    {
        var page = new PageBuilder()
            .SizedLine(45, 10, (420, "Customer Service Record"))
            .SizedLine(46, 13, (50, "Northshore Mobility"))
            .SizedLine(57.7, 6.8, (458, "Account number: 112-5941141"))
            .SizedLine(82.6, 9.5, (50, "Isaac Lefebvre"))
            .SizedLine(96.3, 6.3, (50, "Name on account"));
        var y = 111.9;
        string[] address = lines == 2 ? ["218 Kenmount Rd", "St. John's NL A1C 9S5"] : ["218 Kenmount Rd", "St. John's NL", "A1C 9S5"];
        foreach (var line in address)
        {
            if (line.StartsWith("St. John's", StringComparison.Ordinal))
            {
                // The PDF boxes "John's" flat (its glyphs' own extent), as some fonts do.
                page.SizedLine(y, 9.5, (50, "St.")).SizedLine(y + 2.2, 5.2, (70, "John's")).SizedLine(y, 9.5, (92, line["St. John's ".Length..]));
            }
            else
            {
                page.SizedLine(y, 9.5, (50, line));
            }

            y += spacing;
        }

        page.SizedLine(y + 1, 6.3, (50, service));
        y += 17;
        page.SizedLine(y, 9.5, (50, "PO Box 8626")).SizedLine(y + spacing, 9.5, (50, "St. John's NL A1C 9S5"));
        page.SizedLine(y + spacing + 13.7, 6.3, (50, billing));
        page.SizedLine(y + spacing + 30, 9.5, (50, "Active")).SizedLine(y + spacing + 43.7, 6.3, (50, "Status"));
        page.SizedLine(y + spacing + 62, 10.8, (50, "Lines and services"));
        page.SizedLine(y + spacing + 85, 8.5, (68, "Number"), (156, "Line"), (238, "Features"));
        page.SizedLine(y + spacing + 100, 8.5, (58, "709-495-7699"), (134, "Business line"), (216, "Caller ID, voicemail"));

        var document = DocumentReader.FromPages("csr.pdf", [page.Build()]);

        Assert.Equal("218", document.ServiceAddress?.StreetNumber);
        Assert.Equal("A1C9S5", document.ServiceAddress?.PostalCode?.Replace(" ", "", StringComparison.Ordinal));
    }
}
