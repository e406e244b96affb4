using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>The next field run into the address's last line, after its province or postal code ("Yarmouth, NS
/// LOSING CARRIER Prairie Link Telecom"): the address ends with its locality, so the next field's value is not
/// read as its city.</summary>
public sealed class FieldAfterLocalityTests
{
    public static TheoryData<string, string, bool> Runs()
    {
        var data = new TheoryData<string, string, bool>();
        string[] localities = ["Yarmouth, NS", "Yarmouth NS B2M 3N8", "Yarmouth, Nova Scotia", "YARMOUTH NS", "Yarmouth, NS B2M3N8"];
        string[] fields = ["LOSING CARRIER Prairie Link Telecom", "Current carrier: Prairie Link", "Telephone 902-555-0100", "Account number 88 1234 5678", "Fournisseur actuel Télé-Atlantique"];
        for (var i = 0; i < localities.Length; i++)
        {
            data.Add(localities[i], fields[i], false);
            data.Add(localities[i], fields[(i + 2) % fields.Length], false);
            data.Add(localities[i], fields[(i + 1) % fields.Length], true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void A_field_run_into_the_address_after_its_locality_is_not_its_city(string locality, string field, bool onNextLine)
    {
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(100, (50, "Authorized person name:"), (250, "Jane Doe"));
        if (onNextLine)
        {
            page.Line(116, (50, "Service address:"), (250, "2053 Ashburnham Blvd N, Suite 607, " + locality)).Line(129, (250, field));
        }
        else
        {
            page.Line(116, (50, "Service address:"), (250, "2053 Ashburnham Blvd N, Suite 607, " + locality + " " + field));
        }

        var address = DocumentReader.FromPages("loa.pdf", [page.Build()]).ServiceAddress;

        Assert.NotNull(address);
        Assert.Equal("Yarmouth", address.City, ignoreCase: true);
        Assert.Equal("NS", address.Province);
        Assert.Equal("2053", address.StreetNumber);
    }

    [Theory]
    [InlineData("Yarmouth, NS B2M 3N8")]
    [InlineData("Halifax NS")]
    public void An_address_with_nothing_after_its_locality_is_read_whole(string locality)
    {
        var page = new PageBuilder()
            .Line(40, (150, "LETTER OF AUTHORIZATION"))
            .Line(116, (50, "Service address:"), (250, "2053 Ashburnham Blvd N, " + locality))
            .Build();

        var address = DocumentReader.FromPages("loa.pdf", [page]).ServiceAddress;

        Assert.Equal(locality.Split([',', ' '])[0], address?.City);
    }
}
