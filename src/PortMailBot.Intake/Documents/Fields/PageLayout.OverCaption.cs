namespace PortMailBot.Intake.Documents.Fields;

/// <summary>A value written on its underline with the caption printed under the line in small print ("JANE DOE" over
/// "Subscriber name (print)"), told from a row of captions over a row of values by evidence, not by position alone.</summary>
internal sealed partial class PageLayout
{
    /// <summary>The value standing over <paramref name="label"/>, or null. It must be: on the line just above, at the
    /// caption's left; printed larger than the caption; no caption itself, nor a labelled pair; on a line whose every
    /// segment stands over a caption of this line (a row of values over its row of captions, some fields left empty);
    /// every segment of the caption line in the same small print; and clearly closer to the caption than anything under
    /// it that could be its value (a caption row over its value row sits close to the row under it instead).</summary>
    private TextSegment? ValueOverCaption(int lineIndex, TextSegment label) => ValueOverCaption(lineIndex, label, MaxCaptionRows);

    /// <summary>How many rows of captions up the page a value over its caption is checked against.</summary>
    private const int MaxCaptionRows = 8;

    private TextSegment? ValueOverCaption(int lineIndex, TextSegment label, int rowsLeft)
    {
        if (lineIndex == 0 || Lines[lineIndex - 1] is not { } above || above.PageNumber != Lines[lineIndex].PageNumber)
        {
            return null;
        }

        var line = Lines[lineIndex];
        var h = label.Box.Height;
        var print = PrintHeight(label);
        var value = above.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - label.Box.Left) < 2 * h);
        if (value is null || FieldCaptions.IsCaption(value.Text) || value.Text.Contains(':', StringComparison.Ordinal) || value.Words.Count > 8)
        {
            return null;
        }

        var gap = label.Box.Top - value.Box.Bottom;
        if (gap < 0 || gap > 2.5 * h || print >= 0.85 * PrintHeight(value))
        {
            return null;
        }

        var captions = line.Segments;
        if (captions.Any(c => Math.Abs(PrintHeight(c) - print) > 0.25 * print)
            || !above.Segments.All(v => captions.Any(c => Math.Abs(v.Box.Left - c.Box.Left) < 2 * h)))
        {
            return null;
        }

        // The row under the captions: when it holds values under more of them, or stands as close, the captions head it.
        var next = lineIndex + 1 < Lines.Count && Lines[lineIndex + 1].PageNumber == line.PageNumber ? Lines[lineIndex + 1] : null;
        if (next is not null)
        {
            var overCount = captions.Count(c => above.Segments.Any(v => Math.Abs(v.Box.Left - c.Box.Left) < 2 * h));
            var underCount = captions.Count(c => next.Segments.Any(v => Math.Abs(v.Box.Left - c.Box.Left) < 2 * h));
            var nextGap = next.Box.Top - label.Box.Bottom;
            if (underCount > overCount || nextGap < 1.6 * gap && !StandsOverCaptions(lineIndex + 1, print, h))
            {
                return null;
            }
        }

        // A value standing under a row of captions is that row's, unless the row itself has its values over it: the
        // same test, one row up, settles a page of rows (caption over value, or value over caption) from its top.
        // Only a caption in the value's own column could head it: a line off to the side ("Generated 2026-11-22" at
        // the right margin over the first field) heads nothing under it.
        if (lineIndex >= 2 && Lines[lineIndex - 2] is { } higher && higher.PageNumber == line.PageNumber
            && higher.Segments.FirstOrDefault(c => Math.Abs(c.Box.Left - value.Box.Left) < 2 * h) is { } head
            && value.Box.Top - higher.Box.Bottom <= BelowReach(head, above)
            && higher.Segments.All(c => Math.Abs(PrintHeight(c) - print) <= 0.25 * print))
        {
            return rowsLeft > 0 && ValueOverCaption(lineIndex - 2, head, rowsLeft - 1) is not null ? value : null;
        }

        return value;
    }

    /// <summary>Whether line <paramref name="lineIndex"/> is a row of values over a row of captions of its own (in print
    /// no larger than <paramref name="print"/>, just under it): then it is not the value of the captions above it,
    /// however close it stands (a grid whose rows are evenly spaced). A value may run on over a second or third line
    /// in its column, set as close as a paragraph's lines ("253 ch. Sainte-Foy" over "Sherbrooke QC J9A 2M1"), before
    /// its caption.</summary>
    private bool StandsOverCaptions(int lineIndex, double print, double h)
    {
        for (var last = lineIndex; last < lineIndex + MaxValueLines && last + 1 < Lines.Count; last++)
        {
            var values = Lines[last];
            var captions = Lines[last + 1];
            if (captions.PageNumber != values.PageNumber || values.Segments.Any(v => PrintHeight(v) <= print / 0.85))
            {
                return false;
            }

            var gap = captions.Box.Top - values.Box.Bottom;
            if (gap >= 0 && gap <= 2.5 * h
                && captions.Segments.All(c => PrintHeight(c) <= 1.25 * print)
                && values.Segments.All(v => captions.Segments.Any(c => Math.Abs(v.Box.Left - c.Box.Left) < 2 * h)))
            {
                return true;
            }

            // The line under runs the value on only when it stands in the value's column, in its print, closer
            // than a line's height.
            var first = values.Segments[0];
            if (values.Segments.Count != 1 || captions.Segments.Count != 1 || gap < 0 || gap > 0.8 * first.Box.Height
                || Math.Abs(captions.Segments[0].Box.Left - first.Box.Left) >= 2 * h || FieldCaptions.IsCaption(captions.Segments[0].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The most lines a value written over its caption runs over.</summary>
    private const int MaxValueLines = 3;
}
