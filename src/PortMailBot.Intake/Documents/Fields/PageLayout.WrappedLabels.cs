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

    /// <summary>The key of a label wrapped in a table cell whose value is centred on the row: the label's first line with
    /// nothing beside it, the value alone to its right on the line between, and the label's last line (a short
    /// lower-case continuation) under the first. Null for any other shape.</summary>
    private string? CentredWrappedLabelKey(int lineIndex, int segmentIndex)
    {
        var line = Lines[lineIndex];
        var segment = line.Segments[segmentIndex];
        if (segmentIndex + 1 < line.Segments.Count || lineIndex + 2 >= Lines.Count || segment.Text.Any(char.IsDigit)
            || segment.Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        var middle = Lines[lineIndex + 1];
        var last = Lines[lineIndex + 2];
        var height = segment.Box.Height;
        if (middle.PageNumber != line.PageNumber || last.PageNumber != line.PageNumber || last.Box.Top - segment.Box.Bottom > 2.5 * height
            || middle.Segments.Any(s => s.Box.Left < segment.Box.Right + height && s.Box.Right > segment.Box.Left - height)
            || !middle.Segments.Any(s => s.Box.Left > segment.Box.Right))
        {
            return null;
        }

        var below = last.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - segment.Box.Left) < height);
        return below is not null && IsLabelContinuation(below) ? LabelKey.Of(segment.Text + " " + below.Text) : null;
    }
}
