using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

public sealed class BusinessCalendarTests
{
    private readonly BusinessCalendar _calendar = new();

    [Theory]
    [InlineData("2026-01-01")] // New Year's Day
    [InlineData("2026-04-03")] // Good Friday
    [InlineData("2026-05-18")] // Victoria Day
    [InlineData("2026-07-01")] // Canada Day
    [InlineData("2026-09-07")] // Labour Day
    [InlineData("2026-09-30")] // Truth and Reconciliation
    [InlineData("2026-10-12")] // Thanksgiving
    [InlineData("2026-11-11")] // Remembrance Day
    [InlineData("2026-12-25")]
    [InlineData("2027-12-27")] // Christmas 2027 is a Saturday: observed Monday
    [InlineData("2027-12-28")] // Boxing Day 2027 is a Sunday: observed Tuesday
    [InlineData("2024-03-29")] // Good Friday 2024
    public void StatutoryHolidaysAreNotBusinessDays(string day)
    {
        Assert.False(_calendar.IsBusinessDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-11-30")]
    [InlineData("2026-04-06")] // Easter Monday is not a federal statutory holiday
    [InlineData("2020-09-30")] // before Truth and Reconciliation day existed
    public void Ordinary_weekdays_are_business_days(string day)
    {
        Assert.True(_calendar.IsBusinessDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Easter_is_computed()
    {
        Assert.Equal(new DateOnly(2026, 4, 5), BusinessCalendar.EasterSunday(2026));
        Assert.Equal(new DateOnly(2025, 4, 20), BusinessCalendar.EasterSunday(2025));
        Assert.Equal(new DateOnly(2038, 4, 25), BusinessCalendar.EasterSunday(2038));
    }

    [Fact]
    public void Adding_business_days_skips_weekends_and_holidays()
    {
        // Thursday 2026-12-24 + 1 business day: Christmas is Friday 25 and Boxing Day (a Saturday) is
        // observed on Monday 28, so the next business day is Tuesday 29.
        Assert.Equal(new DateOnly(2026, 12, 29), _calendar.AddBusinessDays(new DateOnly(2026, 12, 24), 1));
        // Two business days before Tuesday 2026-07-07: Monday 6, Friday 3 (Canada Day was Wednesday).
        Assert.Equal(new DateOnly(2026, 7, 3), _calendar.AddBusinessDays(new DateOnly(2026, 7, 7), -2));
    }

    [Fact]
    public void A_friday_afternoon_request_has_waited_one_business_day_on_monday_afternoon()
    {
        var friday = new DateTime(2026, 11, 27, 15, 0, 0);
        var monday = new DateTime(2026, 11, 30, 15, 0, 0);

        Assert.Equal(1.0, _calendar.BusinessDaysBetween(friday, monday), 3);
    }

    [Fact]
    public void Extra_holidays_count()
    {
        var quebec = new BusinessCalendar([new DateOnly(2026, 6, 24)]);

        Assert.False(quebec.IsBusinessDay(new DateOnly(2026, 6, 24)));
        Assert.True(_calendar.IsBusinessDay(new DateOnly(2026, 6, 24)));
    }
}
