namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Rebuilds lines from positioned words: words whose vertical extents overlap enough are on the
/// same line; a horizontal gap wider than about two character heights starts a new segment.</summary>
internal static class LineBuilder
{
    public static IReadOnlyList<TextLine> Build(DocumentPage page)
    {
        var words = page.Words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Box.Height > 0 && double.IsFinite(w.Box.Top))
            .OrderBy(w => w.Box.CenterY)
            .ThenBy(w => w.Box.Left)
            .ToList();
        if (page.FromOcr && words.Count > 0)
        {
            // A handwritten signature read as huge, barely recognised "words" is no line of text: left in
            // the lines it would split a caption ("Authorized Late signature").
            var typical = Median(words.Select(w => w.Box.Height));
            words = words.Where(w => !(w.Confidence < 0.5 && w.Box.Height > 2.5 * typical)).ToList();

            // Specks far flatter than the page's text are set aside before lines are formed, not only after:
            // one of them in a line drags its average extent away from the words of a crooked row, which then
            // start a line of their own ("236 661" / "7166").
            // A barely recognised mark with no letter or digit (a table rule's stub read as "|") under half the
            // text's height goes too: left in, it seeds a line of its own that the next row's first word, stretched
            // up by the same rule, joins, and the row loses its first cell ("421-1217" apart from "519").
            words = words.Where(w => !(w.Box.Height < 0.25 * typical && IsSpeckText(w)) && !(w.Box.Height < 0.5 * typical && IsMark(w))).ToList();
        }

        // A crooked scan the OCR could not level leaves a label and its value far to its right at different
        // heights, the value nearer the next row's label: heights are compared as if the page were level.
        var slope = page.FromOcr ? Slope(words) : 0;
        double Level(double y, TextWord w) => y - slope * w.Box.CenterX;
        if (slope != 0)
        {
            words = words.OrderBy(w => Level(w.Box.CenterY, w)).ThenBy(w => w.Box.Left).ToList();
        }

        var groups = new List<List<TextWord>>();
        foreach (var word in words)
        {
            List<TextWord>? target = null;
            // Only the last few groups can overlap a word taken in top-down order.
            for (var i = groups.Count - 1; i >= 0 && i >= groups.Count - 3; i--)
            {
                if (OverlapsLine(groups[i], word, slope))
                {
                    target = groups[i];
                    break;
                }
            }

            if (target is null)
            {
                groups.Add([word]);
            }
            else
            {
                target.Add(word);
            }
        }

        return ColumnBreaks.Apply(groups
            .Select(g => page.FromOcr ? OverlappingReadings.Merge(WithoutSpecks(g)) : g)
            .Where(g => g.Count > 0)
            .Select(g => MakeLine(page.Number, g))
            .OrderBy(l => l.Box.Top)
            .ToList());
    }

    /// <summary>OCR reads a speck of dirt or a comma's tail as a tiny, barely recognised "word" ("Apt 38, z 19
    /// Durham Street"); such a word, much smaller than its line's text, is noise.</summary>
    private static List<TextWord> WithoutSpecks(List<TextWord> line)
    {
        var height = Median(line.Select(w => w.Box.Height));
        return line.Where(w => !(w.Box.Height < 0.5 * height && IsSpeckText(w))).ToList();
    }

    private static bool IsSpeckText(TextWord word) =>
        (word.Confidence < 0.5 && word.Text.Length <= 2) || IsMark(word);

    private static bool IsMark(TextWord word) => word.Confidence < 0.6 && !word.Text.Any(char.IsLetterOrDigit);

    private static bool OverlapsLine(List<TextWord> line, TextWord word, double slope)
    {
        var top = line.Average(w => w.Box.Top - slope * w.Box.CenterX);
        var bottom = line.Average(w => w.Box.Bottom - slope * w.Box.CenterX);
        var wordTop = word.Box.Top - slope * word.Box.CenterX;
        var wordBottom = word.Box.Bottom - slope * word.Box.CenterX;
        var overlap = Math.Min(bottom, wordBottom) - Math.Max(top, wordTop);
        var smaller = Math.Min(bottom - top, word.Box.Height);
        return smaller > 0 && overlap >= 0.5 * smaller;
    }

    /// <summary>Below this slope (about 0.6 degrees) a page counts as level: its lines are grouped as read.</summary>
    private const double LevelSlope = 0.01;

    /// <summary>The page's text slope (vertical per horizontal unit) measured on neighbouring words of one line
    /// (close beside each other, overlapping in height): their median, so descenders and stray words do not
    /// count; 0 when the page is level or too few pairs show it.</summary>
    private static double Slope(List<TextWord> words)
    {
        var slopes = new List<double>();
        var byLeft = words.Where(w => w.Text.Length >= 3 && w.Confidence >= 0.6).OrderBy(w => w.Box.Left).ToList();
        for (var i = 0; i < byLeft.Count && slopes.Count < 2000; i++)
        {
            var a = byLeft[i];
            var h = a.Box.Height;
            for (var j = i + 1; j < byLeft.Count && byLeft[j].Box.Left - a.Box.Right <= 1.5 * h; j++)
            {
                var b = byLeft[j];
                var dx = b.Box.CenterX - a.Box.CenterX;
                var overlap = Math.Min(a.Box.Bottom, b.Box.Bottom) - Math.Max(a.Box.Top, b.Box.Top);
                if (b.Box.Left > a.Box.Right && dx > 2 * h && overlap > 0.5 * Math.Min(h, b.Box.Height) && Math.Abs(b.Box.Height - h) < 0.3 * h)
                {
                    slopes.Add((b.Box.Bottom - a.Box.Bottom) / dx);
                }
            }
        }

        if (slopes.Count < 8)
        {
            return 0;
        }

        var median = Median(slopes);
        return Math.Abs(median) >= LevelSlope && Math.Abs(median) < 0.1 ? median : 0;
    }

    private static TextLine MakeLine(int pageNumber, List<TextWord> words)
    {
        words.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        var height = Median(words.Select(w => w.Box.Height));
        var segments = new List<TextSegment>();
        var current = new List<TextWord> { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            var gap = words[i].Box.Left - words[i - 1].Box.Right;
            if (gap > 1.6 * height || words[i].CutFromWordBefore)
            {
                segments.Add(new TextSegment(current));
                current = [];
            }

            current.Add(words[i]);
        }

        segments.Add(new TextSegment(current));
        return new TextLine(pageNumber, words, segments);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
