namespace PortMailBot.Daemon.Workflow;

/// <summary>Business days in Canada: Monday to Friday except the federal statutory holidays of the Canada
/// Labour Code (New Year's Day, Good Friday, Victoria Day, Canada Day, Labour Day, National Day for Truth
/// and Reconciliation from 2021, Thanksgiving, Remembrance Day, Christmas, Boxing Day), a holiday falling
/// on a weekend being observed on the next working day; plus any extra dates configured (provincial holidays).</summary>
public sealed class BusinessCalendar(IEnumerable<DateOnly>? extraHolidays = null)
{
    private readonly HashSet<DateOnly> _extra = [.. extraHolidays ?? []];
    private readonly Dictionary<int, HashSet<DateOnly>> _byYear = [];
    private readonly Lock _lock = new();

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    public bool IsHoliday(DateOnly day) => _extra.Contains(day) || HolidaysOf(day.Year).Contains(day);

    /// <summary>The observed statutory holidays of a year.</summary>
    public IReadOnlySet<DateOnly> HolidaysOf(int year)
    {
        lock (_lock)
        {
            if (!_byYear.TryGetValue(year, out var set))
            {
                set = Compute(year);
                _byYear[year] = set;
            }

            return set;
        }
    }

    /// <summary>The day <paramref name="count"/> business days after <paramref name="day"/> (before, when negative).</summary>
    public DateOnly AddBusinessDays(DateOnly day, int count)
    {
        var step = count < 0 ? -1 : 1;
        var left = Math.Abs(count);
        while (left > 0)
        {
            day = day.AddDays(step);
            if (IsBusinessDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Whole business days elapsed from <paramref name="start"/> to <paramref name="end"/>: a request
    /// that arrived on a Friday afternoon has waited 1 business day on Monday afternoon, not 3 days.</summary>
    public double BusinessDaysBetween(DateTime start, DateTime end)
    {
        if (end <= start)
        {
            return 0;
        }

        double total = 0;
        for (var day = DateOnly.FromDateTime(start); day <= DateOnly.FromDateTime(end); day = day.AddDays(1))
        {
            if (!IsBusinessDay(day))
            {
                continue;
            }

            var from = day == DateOnly.FromDateTime(start) ? start : day.ToDateTime(TimeOnly.MinValue);
            var to = day == DateOnly.FromDateTime(end) ? end : day.AddDays(1).ToDateTime(TimeOnly.MinValue);
            total += (to - from).TotalDays;
        }

        return total;
    }

    private static HashSet<DateOnly> Compute(int year)
    {
        var set = new HashSet<DateOnly>();
        var easter = EasterSunday(year);
        set.Add(easter.AddDays(-2));
        set.Add(MondayBefore(new DateOnly(year, 5, 25)));
        set.Add(NthWeekday(year, 9, DayOfWeek.Monday, 1));
        set.Add(NthWeekday(year, 10, DayOfWeek.Monday, 2));

        var fixedDays = new List<DateOnly>
        {
            new(year, 1, 1),
            new(year, 7, 1),
            new(year, 11, 11),
            new(year, 12, 25),
            new(year, 12, 26),
        };
        if (year >= 2021)
        {
            fixedDays.Add(new DateOnly(year, 9, 30));
        }

        foreach (var day in fixedDays.Order())
        {
            var observed = day;
            while (observed.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || set.Contains(observed))
            {
                observed = observed.AddDays(1);
            }

            set.Add(observed);
        }

        return set;
    }

    private static DateOnly MondayBefore(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (d.DayOfWeek != DayOfWeek.Monday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != weekday)
        {
            d = d.AddDays(1);
        }

        return d.AddDays(7 * (n - 1));
    }

    /// <summary>Gregorian Easter (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
