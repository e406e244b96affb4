using System.Globalization;
using System.Text.RegularExpressions;

namespace PortMailBot.Intake.Numbers;

/// <summary>Finds phone numbers in text (every format of the contract, ranges expanded), never
/// inside other tokens such as an account SID, an account number or a postal code.</summary>
public static partial class PhoneNumberFinder
{
    /// <summary>A range wider than this is kept as its two endpoints instead of being expanded.</summary>
    public const int MaxRangeSize = 1000;

    // Bounds the work one hostile message can cause; beyond this, ranges keep only their endpoints.
    private const int MaxNumbersPerText = 5000;
    private const int MaxTextLength = 1_000_000;

    /// <summary>Every number in <paramref name="text"/>, ranges expanded, distinct, in order of appearance.</summary>
    public static IReadOnlyList<RequestedNumber> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var hits = new List<(int Position, RequestedNumber Number)>();
        try
        {
            CollectHits(text, hits, MaxNumbersPerText);
        }
        catch (RegexMatchTimeoutException)
        {
            // Text built to make the patterns crawl: keep what was found before the deadline.
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return hits
            .OrderBy(hit => hit.Position)
            .Select(hit => hit.Number)
            .Where(number => seen.Add(number.Number))
            .ToList();
    }

    /// <summary>Whether the text holds at least one number (ranges are not expanded to tell).</summary>
    public static bool ContainsNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var hits = new List<(int Position, RequestedNumber Number)>();
        try
        {
            CollectHits(text, hits, budget: 0);
        }
        catch (RegexMatchTimeoutException)
        {
            return hits.Count > 0;
        }

        return hits.Count > 0;
    }

    private static void CollectHits(string text, List<(int Position, RequestedNumber Number)> hits, int budget)
    {
        foreach (Match match in NanpPattern().Matches(text))
        {
            var start = Digits(match);
            if (AccountNumberLabelBefore().IsMatch(LineBefore(text, match.Index)))
            {
                continue;
            }

            var afterNumber = match.Index + match.Length;
            var range = RangeTailPattern().Match(text, afterNumber);
            if (range.Success)
            {
                foreach (var number in RangeNumbers(start, range, ref budget))
                {
                    hits.Add((match.Index, number));
                }

                continue;
            }

            // "514 286-4417 / 4418 / 4419" or "416-923-6671/647-349-2280": a list of numbers set apart by
            // slashes, where a bare item of line digits replaces as many last digits of the number before it.
            var slashed = SlashItems(text, start, afterNumber);
            if (slashed.Count == 0 && !EndsAtTokenBoundary(text, afterNumber))
            {
                continue;
            }

            hits.Add((match.Index, NanpNumberClassifier.Classify(start)));
            budget--;
            foreach (var (position, digits) in slashed)
            {
                hits.Add((position, NanpNumberClassifier.Classify(digits)));
                budget--;
            }
        }

        foreach (Match match in InternationalPattern().Matches(text))
        {
            var digits = new string(match.Groups["digits"].Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length is < 8 or > 15 || !EndsAtTokenBoundary(text, match.Index + match.Length))
            {
                continue;
            }

            if (NanpNumberClassifier.ClassifyInternational(digits) is { } international)
            {
                hits.Add((match.Index, international));
            }
        }
    }

    /// <summary>Reads one value that should be exactly one number: a spreadsheet cell such as
    /// <c>4163204134</c>, <c>14163204134.0</c>, <c>4.163204134E+09</c> or <c>(416) 320-4134</c>.
    /// Null when the value is not one number (use <see cref="Find"/> for cells holding ranges or lists).</summary>
    public static RequestedNumber? ParseOne(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (NumericCellPattern().IsMatch(trimmed)
            && decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var numeric)
            && numeric == decimal.Truncate(numeric) && numeric > 0)
        {
            var digits = numeric.ToString("0", CultureInfo.InvariantCulture);
            return digits.Length switch
            {
                10 => NanpNumberClassifier.Classify(digits),
                11 when digits[0] == '1' => NanpNumberClassifier.Classify(digits[1..]),
                _ => null,
            };
        }

        if (trimmed.Length > 40)
        {
            return null;
        }

        var found = Find(trimmed);
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>An item of a list of numbers that is shaped like a phone number but is not one, e.g. a
    /// digit short (<c>416-320-413</c>): an <see cref="NumberType.Invalid"/> number, written with its digits
    /// as given. Null for a real number (see <see cref="Find"/>) or for anything not shaped like a number.</summary>
    public static RequestedNumber? MalformedListItem(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var trimmed = item.Trim().TrimEnd('.', ';', ',').Trim();
        if (trimmed.Length is 0 or > 30 || !PhoneShaped().IsMatch(trimmed) || IsoDate().IsMatch(trimmed)
            || ContainsNumber(trimmed))
        {
            return null;
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        return digits.Length is >= 7 and <= 15 ? new RequestedNumber(digits, NumberType.Invalid) : null;
    }

    private static List<(int Position, string Digits)> SlashItems(string text, string first, int from)
    {
        var items = new List<(int Position, string Digits)>();
        var previous = first;
        for (var item = SlashItemPattern().Match(text, from); item.Success && items.Count < 100; item = SlashItemPattern().Match(text, from))
        {
            var tail = item.Groups["tail"].Value;
            var digits = item.Groups["tail"].Success ? previous[..(10 - tail.Length)] + tail : Digits(item);
            items.Add((item.Index, digits));
            previous = digits;
            from = item.Index + item.Length;
        }

        return items;
    }

    private static string Digits(Match match) =>
        match.Groups["npa"].Value + match.Groups["nxx"].Value + match.Groups["line"].Value;

    private static List<RequestedNumber> RangeNumbers(string start, Match range, ref int budget)
    {
        var endIsFull = range.Groups["npa"].Success;
        string end;
        if (endIsFull)
        {
            end = range.Groups["npa"].Value + range.Groups["nxx"].Value + range.Groups["line"].Value;
        }
        else
        {
            var tail = range.Groups["tail"].Value;
            end = start[..(10 - tail.Length)] + tail;
        }

        var first = long.Parse(start, CultureInfo.InvariantCulture);
        var last = long.Parse(end, CultureInfo.InvariantCulture);
        if (last <= first)
        {
            // Not a range after all: two full numbers are two numbers; a bare tail is dropped.
            budget -= 2;
            return endIsFull
                ? [NanpNumberClassifier.Classify(start), NanpNumberClassifier.Classify(end)]
                : [NanpNumberClassifier.Classify(start)];
        }

        var count = last - first + 1;
        if (count > MaxRangeSize || count > budget)
        {
            budget -= 2;
            return [NanpNumberClassifier.Classify(start), NanpNumberClassifier.Classify(end)];
        }

        var numbers = new List<RequestedNumber>((int)count);
        for (var value = first; value <= last; value++)
        {
            numbers.Add(NanpNumberClassifier.Classify(value.ToString("D10", CultureInfo.InvariantCulture)));
        }

        budget -= (int)count;
        return numbers;
    }

    /// <summary>A number ends where a word ends: not glued to letters or digits, nor continued by
    /// <c>.5</c> or <c>-12</c> as an amount, a date or an identifier would be.</summary>
    private static bool EndsAtTokenBoundary(string text, int position)
    {
        if (position >= text.Length)
        {
            return true;
        }

        var next = text[position];
        if (char.IsLetterOrDigit(next) || next is '_' or '@')
        {
            // "416-555-0123x45", "(800) 606-8583ext.12": an extension written against the number ends it.
            return GluedExtension().IsMatch(text, position);
        }

        var continues = next is '.' or '-' or '/' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or ',';
        return !(continues && position + 1 < text.Length && char.IsDigit(text[position + 1]) && next != ',');
    }

    private static string LineBefore(string text, int index)
    {
        var from = Math.Max(0, index - 80);
        var before = text[from..index];
        var newline = before.LastIndexOf('\n');
        return newline >= 0 ? before[(newline + 1)..] : before;
    }

    // The number itself, shared by the pattern that finds a number and the one that finds the end of a range.
    private const string NanpNumber =
        @"(?:(?:\+[ \t\u00A0]?)?1[ \t\u00A0]{0,2}[.\-\u2010\u2011\u2013]?[ \t\u00A0]{0,2})?" +
        @"(?:\((?<npa>\d{3})\)|(?<npa>\d{3}))" +
        // "514/286-4417": the area code set apart by a slash, as Quebec still writes it.
        @"(?:[ \t\u00A0]{0,2}[.\-\u2010\u2011\u2013]?[ \t\u00A0]{0,2}|/)(?<nxx>\d{3})" +
        @"[ \t\u00A0]{0,2}[.\-\u2010\u2011\u2013]?[ \t\u00A0]{0,2}(?<line>\d{4})";

    // A NANP-shaped number: optional +1 / 1, area code (maybe in parentheses), exchange, line; groups
    // separated by at most one of space, dot or dash. Never preceded by a letter, digit or symbol that
    // would make it part of another token (SID, account number, amount, date).
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.+\-\u2010\u2011\u2013\u2014$#@€£=/\\])" +
        NanpNumber,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NanpPattern();

    // What may follow a number to make it a range: "to 4109", "à 4109", "– 4109", "-4163204109".
    [GeneratedRegex(
        @"\G[ \t\u00A0]*(?:[\-\u2010\u2011\u2013\u2014~]|(?:\bto\b|\bthrough\b|\bthru\b|à|\ba\b|\bau\b|jusqu['’]à)(?:[ \t\u00A0]*[\-\u2013](?=\d))?)[ \t\u00A0]*" +
        @"(?:" + NanpNumber + @"|(?<tail>\d{2,4}))" +
        @"(?![\p{L}\p{N}_@]|[.\-/\u2013]\d|[ \t\u00A0]*(?:h\b|am\b|pm\b|:\d|\$|%))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase,
        matchTimeoutMilliseconds: 2000)]
    private static partial Regex RangeTailPattern();

    // One more item of a slash-separated list: a whole number or the last four digits of one, or, written against
    // the slash ("4134/35"), its last two or three (apart, "/ 12" may be a count or a page).
    [GeneratedRegex(
        @"\G(?:[ \t\u00A0]*/[ \t\u00A0]*(?:" + NanpNumber + @"|(?<tail>\d{4}))|/(?<tail>\d{2,3}))(?![\p{L}\p{N}_@]|[.\-\u2010\u2011\u2013\u2014]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SlashItemPattern();

    // A number written with a country code other than 1: "+44 20 7946 0958".
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.+\-$#@/])\+(?<digits>[02-9]\d{0,2}(?:[ \t\u00A0.\-]?\(?\d{1,5}\)?){2,6})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 2000)]
    private static partial Regex InternationalPattern();

    // Labels that make the digits after them an account, invoice or reference number, not a phone number.
    [GeneratedRegex(
        @"(?:\b(?:account|acct|invoice|inv|order|ref(?:erence)?|ticket|case|customer|client|contract|member|BAN|PIN|confirmation)\s*(?:no\.?|number|nbr|num\.?|#|id|n°)\s*[:#.]?\s*$" +
        @"|\b(?:invoice|ref|reference|ticket|PIN|NIP)\s*[:#]\s*$" +
        // "Account number with Rogers: 4037319053", "Account number with current carrier  BM 952 843 5809": the
        // carrier named between the label and its value, the value maybe opened by the carrier's letters.
        @"|\b(?:account|acct)\s*(?:no\.?|number|nbr|num\.?|#)\s+(?:with|at|from|for)\s+[^:#\n\d]{1,40}?(?:\s*[:#]|\s+is)?(?:\s*[A-Z]{1,4})?\s*$" +
        @"|\bn(?:um[ée]ro|o\.?|°)\s*(?:de\s+)?compte\s+(?:chez|avec|aupr[èe]s\s+de|de|du)\s+[^:#\n\d]{1,40}?(?:\s*[:#]|\s+est)?(?:\s*[A-Z]{1,4})?\s*$" +
        // "Telus, account 6047310000", "Account: 6047310000"; not "the lines on the account: 416-…".
        @"|(?<!\b(?:the|this|that|our|my|your|same|le|ce|notre|mon|votre)\s+)\b(?:account|acct|compte)\s*[:#]?\s*$" +
        @"|\bn(?:um[ée]ro|o\.?|°)\s*(?:de\s+|du\s+)?(?:compte|client|facture|dossier|r[ée]f[ée]rence|commande|contrat|confirmation)\s*[:#.]?\s*$" +
        @"|\b(?:compte|facture|dossier|client|commande)\s*(?:no\.?|n°|#)\s*[:#.]?\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccountNumberLabelBefore();

    [GeneratedRegex(@"\G(?i:x|ext\.?|poste)[ \t]?\d{1,6}(?![\p{L}\p{N}_@]|[.\-/]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedExtension();

    [GeneratedRegex(@"^\+?\(?\d[\d \-.()\u2013]{5,24}\d$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneShaped();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{10,11}(?:\.0+)?$|^\d(?:\.\d+)?[eE]\+?\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericCellPattern();
}
