using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents.Fields;

/// <summary>A grid of boxes, each value over its small caption, its rows evenly spaced so that the next row of values
/// stands about as close under a caption as its own value above it: that next row heads captions of its own, so each
/// caption's value is the one above it, short ones included ("400" over "Unit", "BC" over "Prov.").</summary>
public sealed class EvenGridTests
{
    public static TheoryData<double, string, string> Grids()
    {
        var data = new TheoryData<double, string, string>();
        foreach (var nextGap in new[] { 11.5, 10.0, 8.5 })
        {
            data.Add(nextGap, "Unit", "Prov.");
            data.Add(nextGap, "Bureau", "Province");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void Short_values_over_their_captions_are_read_when_the_next_row_stands_as_close(double nextGap, string unitCaption, string provinceCaption)
    {
        const double Value = 6.3;
        const double Caption = 4.8;
        var captionTop = 123 + Value + 7.2;
        var nextTop = captionTop + Caption + nextGap;
        var page = new PageBuilder()
            .SizedLine(40, 10, (40, "NUMBER PORT-OUT AUTHORIZATION"))
            .SizedLine(123, Value, (43, "9361 Riverside Drive"), (293, "400"), (353, "Vancouver"), (463, "BC"), (503, "V1M 0G7"))
            .SizedLine(captionTop, Caption, (43, "Service location (number and street)"), (293, unitCaption), (353, "City"), (463, provinceCaption), (503, "Postal code"))
            .SizedLine(nextTop, Value, (43, "Prairie Link"), (313, "PL647894-93"))
            .SizedLine(nextTop + Value + 7.2, Caption, (43, "Losing carrier"), (313, "Account no."))
            .Build();

        var address = DocumentReader.FromPages("loa.pdf", [page]).ServiceAddress;

        Assert.NotNull(address);
        Assert.Equal("400", address.Unit);
        Assert.Equal("Vancouver", address.City);
        Assert.Equal("BC", address.Province);
        Assert.Equal("V1M 0G7", address.PostalCode);
    }
}
