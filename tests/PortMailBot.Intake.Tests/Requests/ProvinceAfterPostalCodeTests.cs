namespace PortMailBot.Intake.Tests.Requests;

/// <summary>A service address whose province is written alone on the line after the postal code
/// ("Mississauga L5R 4P7" then "Ontario"): the province is part of the address; the line after it is not.</summary>
public sealed class ProvinceAfterPostalCodeTests
{
    private static readonly (string Label, string Street, string CityAndCode, string Province, string Code, string Next)[] Forms =
    [
        ("Service address:", "1696 Lakeshore Rd E", "Mississauga L5R 4P7", "Ontario", "ON", "Current carrier: Borealis"),
        ("Adresse de service :", "455, rue Principale", "Gatineau J8X 2K3", "Québec", "QC", "Fournisseur actuel : Vidéotron"),
        ("Service location:", "12 Water Street", "St. John's A1C 1A1", "NL", "NL", "Thanks,"),
        ("Adresse du service :", "88, avenue Royale", "Lévis G6V 3C4", "(Qc)", "QC", "Merci"),
        ("Address:", "400 Portage Ave", "Winnipeg R3C 0C3", "Manitoba.", "MB", "Account PIN: 4412"),
    ];

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Forms.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_province_under_the_postal_code_is_read(int form)
    {
        var (label, street, cityAndCode, province, code, next) = Forms[form];
        var text = $"Hello,\n\nAccount SID: AC3ed485847aa649c7ab38419ef3221288\nNumbers to port: 905 828 2280\nAuthorized user: Thomas Dhillon\n"
            + $"{label}\n{street}\n{cityAndCode}\n{province}\n{next}\n\nRegards,\nThomas Dhillon\n";

        var address = RequestText.Extract(text).ServiceAddress;

        Assert.NotNull(address);
        Assert.Equal(code, address.Province);
        Assert.Equal(cityAndCode.Split(' ')[^2] + " " + cityAndCode.Split(' ')[^1], address.PostalCode);
    }

    [Fact]
    public void A_line_that_is_not_a_province_after_the_postal_code_is_not_taken_into_the_address()
    {
        var text = "Account SID: AC3ed485847aa649c7ab38419ef3221288\nService address:\n1696 Lakeshore Rd E\nMississauga, ON L5R 4P7\n"
            + "Unit 200 is our warehouse\n";

        var address = RequestText.Extract(text).ServiceAddress;

        Assert.NotNull(address);
        Assert.Null(address.Line2);
        Assert.Equal("ON", address.Province);
    }
}
