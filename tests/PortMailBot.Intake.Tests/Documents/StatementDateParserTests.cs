using PortMailBot.Intake.Documents.Fields;

namespace PortMailBot.Intake.Tests.Documents;

public sealed class StatementDateParserTests
{
    [Theory]
    [InlineData("Nov. 12, 2026", 2026, 11, 12)]
    [InlineData("Nov 22 2026", 2026, 11, 22)]
    [InlineData("November 12, 2026", 2026, 11, 12)]
    [InlineData("2026-11-12", 2026, 11, 12)]
    [InlineData("2026/11/05", 2026, 11, 5)]
    [InlineData("12 novembre 2026", 2026, 11, 12)]
    [InlineData("1er décembre 2026", 2026, 12, 1)]
    [InlineData("7 déc. 2026", 2026, 12, 7)]
    [InlineData("12 Nov 2026", 2026, 11, 12)]
    [InlineData("28/11/2026", 2026, 11, 28)]
    [InlineData("11/28/2026", 2026, 11, 28)]
    [InlineData("Sept. 3rd, 2026", 2026, 9, 3)]
    [InlineData("16 AOÛT 2026", 2026, 8, 16)]
    public void Reads_the_written_forms(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), StatementDateParser.Parse(text));
    }

    [Theory]
    [InlineData("05/11/2026")]
    [InlineData("Due upon receipt")]
    [InlineData("2026-13-01")]
    [InlineData("Feb 30, 2026")]
    [InlineData("Nov 12 - Dec")]
    [InlineData("")]
    public void Refuses_ambiguous_or_impossible_dates(string text)
    {
        Assert.Null(StatementDateParser.Parse(text));
    }

    [Fact]
    public void Finds_every_date_in_order()
    {
        var found = StatementDateParser.FindAll("Nov 12 - Dec 11, 2026 then 2026-12-03");

        Assert.Equal([new DateOnly(2026, 12, 11), new DateOnly(2026, 12, 3)], found.Select(f => f.Date));
    }
}
