namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Labels wrapped over two lines in their narrow column.</summary>
internal sealed partial class PageLayout
{
    /// <summary>The key of a label segment joined with its continuation on the next line: a short lower-case
    /// segment at the same left with nothing beside it in the label's column, the first line holding a value
    /// to its right. Null when the segment does not continue.</summary>
    private string? WrappedLabelKey(int lineIndex, int segmentIndex)
    {
        var line = Lines[lineIndex];
        var segment = line.Segments[segmentIndex];
        if (segmentIndex + 1 >= line.Segments.Count || segment.Text.Any(char.IsDigit) || lineIndex + 1 >= Lines.Count)
        {
            return null;
        }

        var next = Lines[lineIndex + 1];
        var height = segment.Box.Height;
        if (next.PageNumber != line.PageNumber || next.Box.Top - segment.Box.Bottom > 1.2 * height)
        {
            return null;
        }

        var below = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - segment.Box.Left) < height);
        return below is not null && IsLabelContinuation(below) && !segment.Text.TrimEnd().EndsWith(':')
            ? LabelKey.Of(segment.Text + " " + below.Text)
            : null;
    }

    /// <summary>The key of a label wrapped in a table cell whose value is centred on the row, and the index of the line
    /// holding that value: the label's first line with nothing beside it in the value's column, the value to its right
    /// on a line between, and the label's last line (a short lower-case continuation) under the first. Another column
    /// further right (the addressee block) may share these lines and put lines of its own between them. Null for any
    /// other shape.</summary>
    private (string Key, int ValueLine)? CentredWrappedLabel(int lineIndex, int segmentIndex)
    {
        var line = Lines[lineIndex];
        var segment = line.Segments[segmentIndex];
        if (segment.Text.Any(char.IsDigit) || segment.Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var height = segment.Box.Height;
        var otherColumn = line.Segments.Skip(segmentIndex + 1).Select(s => s.Box.Left).DefaultIfEmpty(double.MaxValue).Min();
        int? valueLine = null;
        for (var k = lineIndex + 1; k < Lines.Count; k++)
        {
            var next = Lines[k];
            if (next.PageNumber != line.PageNumber || next.Box.Top - segment.Box.Bottom > 2.5 * height)
            {
                return null;
            }

            var atLabel = next.Segments.FirstOrDefault(s => s.Box.Left < segment.Box.Right + height && s.Box.Right > segment.Box.Left - height);
            var between = next.Segments.FirstOrDefault(s => s.Box.Left > segment.Box.Right && s.Box.Left < otherColumn);
            if (atLabel is not null)
            {
                if (Math.Abs(atLabel.Box.Left - segment.Box.Left) >= height || !IsLabelContinuation(atLabel))
                {
                    return null;
                }

                // Lines close together may put the value on the label's last line: it is still the row's value when it
                // stands between the label's two lines rather than on the last one's baseline.
                var centred = valueLine is null && between is not null && between.Box.Right + height <= otherColumn
                    && between.Box.CenterY - segment.Box.CenterY > height / 4 && atLabel.Box.CenterY - between.Box.CenterY > height / 4;
                return valueLine is not null || centred ? (LabelKey.Of(segment.Text + " " + atLabel.Text), valueLine ?? k) : null;
            }

            if (between is null)
            {
                continue;
            }

            if (valueLine is not null || between.Box.Right + height > otherColumn)
            {
                return null;
            }

            valueLine = k;
        }

        return null;
    }
}
