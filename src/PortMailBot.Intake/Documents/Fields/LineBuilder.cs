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
        var groups = new List<List<TextWord>>();
        foreach (var word in words)
        {
            List<TextWord>? target = null;
            // Only the last few groups can overlap a word taken in top-down order.
            for (var i = groups.Count - 1; i >= 0 && i >= groups.Count - 3; i--)
            {
                if (OverlapsLine(groups[i], word))
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

        return groups.Select(g => MakeLine(page.Number, g)).OrderBy(l => l.Box.Top).ToList();
    }

    private static bool OverlapsLine(List<TextWord> line, TextWord word)
    {
        var top = line.Average(w => w.Box.Top);
        var bottom = line.Average(w => w.Box.Bottom);
        var overlap = Math.Min(bottom, word.Box.Bottom) - Math.Max(top, word.Box.Top);
        var smaller = Math.Min(bottom - top, word.Box.Height);
        return smaller > 0 && overlap >= 0.5 * smaller;
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
            if (gap > 1.6 * height)
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
