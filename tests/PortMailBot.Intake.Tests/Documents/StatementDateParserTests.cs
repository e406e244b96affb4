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
    [InlineData("02-NOV-2026", 2026, 11, 2)]
    [InlineData("Nov-02-2026", 2026, 11, 2)]
    [InlineData("2-nov.-2026", 2026, 11, 2)]
    [InlineData("November 02 2026", 2026, 11, 2)]
    [InlineData("2026.11.02", 2026, 11, 2)]
    public void Reads_the_written_forms(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), StatementDateParser.Parse(text));
    }

    /// <summary>Every long month name, English and French, with one or two letters of its middle misread.</summary>
    public static TheoryData<string, int> MonthsGarbledInTheMiddle()
    {
        var data = new TheoryData<string, int>();
        string[] names = ["January", "February", "September", "October", "November", "December", "janvier", "février",
            "juillet", "septembre", "octobre", "novembre", "décembre"];
        int[] months = [1, 2, 9, 10, 11, 12, 1, 2, 7, 9, 10, 11, 12];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            data.Add(name[..3] + "sr" + name[4..], months[i]);
            data.Add(name[..3] + "i" + name[3..], months[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MonthsGarbledInTheMiddle))]
    public void A_month_name_ocr_garbled_in_its_middle_is_still_its_month(string month, int expected)
    {
        Assert.Equal(new DateOnly(2026, expected, 18), StatementDateParser.Parse($"Statement Date {month} 18, 2026"));
        Assert.Equal(new DateOnly(2026, expected, 18), StatementDateParser.Parse($"Date du relevé 18 {month} 2026"));
    }

    [Theory]
    [InlineData("Nominee 18, 2026")]
    [InlineData("Marker 18, 2026")]
    [InlineData("Junior 18, 2026")]
    [InlineData("Decimal 18, 2026")]
    public void A_word_that_only_begins_like_a_month_is_no_month(string text) =>
        Assert.Null(StatementDateParser.Parse(text));

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

    public static TheoryData<string> SlashedRanges()
    {
        var data = new TheoryData<string>();
        foreach (var separator in new[] { " - ", "-", " au ", " to ", " \u2013 " })
        {
            foreach (var sep in new[] { "/", ".", "-" })
            {
                data.Add($"03{sep}10{sep}2026{separator}02{sep}11{sep}2026");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SlashedRanges))]
    public void The_end_of_a_day_first_range_is_not_read_year_first(string text)
    {
        var found = StatementDateParser.FindAll(text, dayFirst: true);

        Assert.Equal([new DateOnly(2026, 10, 3), new DateOnly(2026, 11, 2)], found.Select(f => f.Date));
        Assert.DoesNotContain(StatementDateParser.FindAll(text), f => f.Date.Month == 2);
    }

    [Theory]
    [InlineData(2, 11)]
    [InlineData(5, 7)]
    [InlineData(12, 1)]
    [InlineData(1, 12)]
    public void An_ambiguous_date_is_read_in_the_order_given(int first, int second)
    {
        var text = $"{first:00}/{second:00}/2026";

        Assert.Equal(new DateOnly(2026, second, first), StatementDateParser.Parse(text, dayFirst: true));
        Assert.Equal(new DateOnly(2026, first, second), StatementDateParser.Parse(text, dayFirst: false));
        Assert.Null(StatementDateParser.Parse(text));
    }

    [Theory]
    [InlineData(new[] { "Due date 23/11/2026" }, true)]
    [InlineData(new[] { "Payment due 11/23/2026", "Invoice 02/11/2026" }, false)]
    [InlineData(new[] { "02/11/2026", "05.10.2026" }, null)]
    [InlineData(new[] { "23/11/2026", "11/23/2026" }, null)]
    [InlineData(new[] { "Page 1 of 2" }, null)]
    public void The_documents_other_dates_settle_the_order(string[] lines, bool? dayFirst)
    {
        Assert.Equal(dayFirst, StatementDateParser.NumericOrder(lines));
    }
}
