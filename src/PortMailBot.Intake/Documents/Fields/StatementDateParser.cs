using System.Globalization;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Reads a calendar date written the ways Canadian bills write it: ISO (<c>2026-11-12</c>),
/// English month names (<c>Nov. 12, 2026</c>, <c>November 12 2026</c>, <c>12 Nov 2026</c>) and French
/// (<c>12 novembre 2026</c>, <c>1er déc. 2026</c>), also joined by hyphens (<c>02-NOV-2026</c>, <c>Nov-02-2026</c>). Slashed numeric dates are read only when the order is
/// unambiguous (a part above 12, or year first), or when the caller knows the document's order (another date
/// of the same document written with a day above 12, or a French document, which writes the day first).</summary>
internal static partial class StatementDateParser
{
    private static readonly (string Prefix, int Month)[] MonthNames =
    [
        ("january", 1), ("janvier", 1), ("jan", 1), ("janv", 1),
        ("february", 2), ("fevrier", 2), ("feb", 2), ("fev", 2), ("fevr", 2),
        ("march", 3), ("mars", 3), ("mar", 3),
        ("april", 4), ("avril", 4), ("apr", 4), ("avr", 4),
        ("may", 5), ("mai", 5),
        ("june", 6), ("juin", 6), ("jun", 6),
        ("july", 7), ("juillet", 7), ("jul", 7), ("juil", 7),
        ("august", 8), ("aout", 8), ("aug", 8),
        ("september", 9), ("septembre", 9), ("sep", 9), ("sept", 9),
        ("october", 10), ("octobre", 10), ("oct", 10),
        ("november", 11), ("novembre", 11), ("nov", 11),
        ("december", 12), ("decembre", 12), ("dec", 12),
    ];

    // One separator throughout, so that the end of a range ("03/10/2026 - 02/11/2026") is not read as year first.
    [GeneratedRegex(@"(?<![\d/.-])(?<y>(?:19|20)\d\d)\s?(?<s>[-/.])\s?(?<m>\d{1,2})\s?\k<s>\s?(?<d>\d{1,2})(?!\d)")]
    private static partial Regex IsoDate();

    // "Nov-02-2026" and "02-NOV-2026", as billing systems print them, besides the spaced forms.
    [GeneratedRegex(@"(?<![a-z])(?<mon>[a-z]{3,11})\.?(?:-|\s*)(?<d>\d{1,2})(?:st|nd|rd|th)?(?:-|\s*[,.]?\s*)(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:er|re|st|nd|rd|th)?(?:-|\s*)(?<mon>[a-z]{3,11})\.?(?:-|\s*[,.]?\s*)(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})\s?(?<s>[/.-])\s?(?<b>\d{1,2})\s?\k<s>\s?(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex Numeric();

    /// <summary>The first date found in <paramref name="text"/>, or null. <paramref name="dayFirst"/> settles a
    /// slashed date whose parts could both be the month (true: 02/11 is 2 November; false: February 2).</summary>
    public static DateOnly? Parse(string text, bool? dayFirst = null) =>
        FindAll(text, dayFirst).Select(f => (DateOnly?)f.Date).FirstOrDefault();

    /// <summary>The order the slashed dates of these texts are written in, from those that settle it (a part
    /// above 12): true day first, false month first, null when none settles it or they disagree.</summary>
    public static bool? NumericOrder(IEnumerable<string> texts)
    {
        var dayFirst = false;
        var monthFirst = false;
        foreach (var text in texts)
        {
            foreach (Match m in Numeric().Matches(text))
            {
                var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                dayFirst |= a > 12 && b is >= 1 and <= 12;
                monthFirst |= b > 12 && a is >= 1 and <= 12;
            }
        }

        return dayFirst == monthFirst ? null : dayFirst;
    }

    /// <summary>Every date in the text, in order of position.</summary>
    public static IReadOnlyList<(int Index, DateOnly Date)> FindAll(string text, bool? dayFirst = null)
    {
        // Accents and case only: the separators of "16/11/2026" or "2026-11-16" are part of the date.
        var folded = TextFold.RemoveAccents(text).ToLowerInvariant()
            .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-');
        var found = new List<(int Index, DateOnly Date)>();
        foreach (Match m in IsoDate().Matches(folded))
        {
            if (TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date))
            {
                found.Add((m.Index, date));
            }
        }

        foreach (Match m in MonthFirst().Matches(folded))
        {
            if (MonthOf(m.Groups["mon"].Value) is { } month && TryDate(m.Groups["y"].Value, month, m.Groups["d"].Value, out var date))
            {
                found.Add((m.Index, date));
            }
        }

        foreach (Match m in DayFirst().Matches(folded))
        {
            if (MonthOf(m.Groups["mon"].Value) is { } month && TryDate(m.Groups["y"].Value, month, m.Groups["d"].Value, out var date))
            {
                found.Add((m.Index, date));
            }
        }

        foreach (Match m in Numeric().Matches(folded))
        {
            if (found.Any(f => Math.Abs(f.Index - m.Index) < 3))
            {
                continue;
            }

            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            // Only unambiguous day/month orders: Canadian bills use both, so 05/11 could be May or November.
            (int Day, int Month)? order = a > 12 && b <= 12 ? (a, b) : b > 12 && a <= 12 ? (b, a) : a == b ? (a, a)
                : dayFirst switch { true => (a, b), false => (b, a), null => null };
            var month = order?.Month.ToString(CultureInfo.InvariantCulture);
            var day = order?.Day.ToString(CultureInfo.InvariantCulture) ?? "";
            if (month is not null && TryDate(m.Groups["y"].Value, month, day, out var date))
            {
                found.Add((m.Index, date));
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    private static string? MonthOf(string word)
    {
        foreach (var (prefix, month) in MonthNames)
        {
            if (word == prefix)
            {
                return month.ToString(CultureInfo.InvariantCulture);
            }
        }

        // A long month name OCR garbled in its middle ("Novsriber"): its first three letters and its last three
        // are right and its length about so. No other word begins and ends like a month name.
        foreach (var (name, month) in MonthNames)
        {
            if (name.Length >= 6 && word.Length >= 6 && Math.Abs(word.Length - name.Length) <= 2
                && word.StartsWith(name[..3], StringComparison.Ordinal) && word.EndsWith(name[^3..], StringComparison.Ordinal))
            {
                return month.ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }
}
