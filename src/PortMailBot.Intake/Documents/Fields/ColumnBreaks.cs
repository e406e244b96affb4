namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Column breaks that a gap alone does not show: a long line of one column running close to the next
/// column (an addressee's street line ending a space or two before "Date d'échéance"). A gap wider than a
/// word space before a word that starts exactly where the lines just above and below start a column of their
/// own is a column break too; where three of them share that edge, a gap only a little wider than the line's
/// own word spaces is enough.</summary>
internal static class ColumnBreaks
{
    /// <summary>Gaps narrower than this many heights are word spaces (a space is about a third of a height).</summary>
    private const double MinGap = 0.8;

    /// <summary>How many neighbouring lines (two above, two below) must start a segment at the word's left.</summary>
    private const int AlignedNeighbours = 2;

    /// <summary>With this many aligned neighbours the column edge is plain, and a gap this much wider than the
    /// line's typical word space is already a break.</summary>
    private const int ClearEdge = 3;

    private const double WiderThanSpaces = 1.25;

    public static List<TextLine> Apply(List<TextLine> lines)
    {
        var result = new List<TextLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            result.Add(Split(lines, i));
        }

        return result;
    }

    private static TextLine Split(List<TextLine> lines, int index)
    {
        var line = lines[index];
        var starts = new List<double>();
        for (var k = Math.Max(0, index - 2); k <= Math.Min(lines.Count - 1, index + 2); k++)
        {
            // A column start is a segment after the first one: the line's own left edge is the page's margin.
            if (k != index && lines[k].PageNumber == line.PageNumber)
            {
                starts.AddRange(lines[k].Segments.Skip(1).Select(s => s.Box.Left));
            }
        }

        if (starts.Count < AlignedNeighbours)
        {
            return line;
        }

        var spaces = line.Words.Zip(line.Words.Skip(1), (a, b) => b.Box.Left - a.Box.Right).Where(g => g > 0).Order().ToList();
        var space = spaces.Count > 0 ? spaces[spaces.Count / 2] : double.PositiveInfinity;
        var segments = new List<TextSegment>();
        var changed = false;
        foreach (var segment in line.Segments)
        {
            var height = segment.Box.Height;
            var current = new List<TextWord> { segment.Words[0] };
            for (var w = 1; w < segment.Words.Count; w++)
            {
                var word = segment.Words[w];
                var gap = word.Box.Left - segment.Words[w - 1].Box.Right;
                var aligned = gap > 0 ? starts.Count(s => Math.Abs(s - word.Box.Left) < 0.5 * height) : 0;
                if (gap > MinGap * height && aligned >= AlignedNeighbours || gap > WiderThanSpaces * space && aligned >= ClearEdge)
                {
                    segments.Add(new TextSegment(current));
                    current = [];
                    changed = true;
                }

                current.Add(word);
            }

            segments.Add(new TextSegment(current));
        }

        return changed ? new TextLine(line.PageNumber, line.Words, segments) : line;
    }
}
