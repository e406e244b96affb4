using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Where the value of a label stands: beside it, raised on its underline, or under a row of captions.</summary>
internal sealed partial class PageLayout
{
    /// <summary>The value of a label: the rest of its segment, else the next segment to its right on the same
    /// line, else the value column of the next line (a label that wrapped), else the segment below it.</summary>
    public TextSegment? ValueOf(LabelHit hit, out int valueLineIndex)
    {
        valueLineIndex = hit.LineIndex;
        var line = Lines[hit.LineIndex];
        var labelSegment = line.Segments[hit.SegmentIndex];
        if (hit.InlineRest.Count > 0)
        {
            return new TextSegment(hit.InlineRest);
        }

        var height = labelSegment.Box.Height;
        if (hit.SegmentIndex + 1 < line.Segments.Count && !IsCaptionRow(hit.LineIndex, hit.SegmentIndex))
        {
            return ValueBeside(line, hit.SegmentIndex);
        }

        if (FromOcr && ValueRaisedBeside(hit.LineIndex, labelSegment) is { } raised)
        {
            valueLineIndex = hit.LineIndex - 1;
            return raised;
        }

        if (hit.LineIndex + 1 >= Lines.Count)
        {
            return null;
        }

        var next = Lines[hit.LineIndex + 1];
        if (next.PageNumber != line.PageNumber || next.Box.Top - labelSegment.Box.Bottom > 2.5 * height)
        {
            return null;
        }

        var atLabel = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - labelSegment.Box.Left) < 2 * height);
        var right = next.Segments.FirstOrDefault(s => s.Box.Left > labelSegment.Box.Right);
        if (right is not null && (atLabel is null || IsLabelContinuation(atLabel)))
        {
            valueLineIndex = hit.LineIndex + 1;
            return right;
        }

        if (atLabel is not null && !IsLabelContinuation(atLabel))
        {
            valueLineIndex = hit.LineIndex + 1;
            return atLabel;
        }

        return null;
    }

    /// <summary>A row of captions over a row of values ("Nom de l'abonné    Numéro de compte" over "JANE DOE
    /// TL 555 0111"): the segment beside the label is itself a caption (no digits, a known field's wording),
    /// and the next line holds a value under the label and one under that caption, so the label's value is
    /// below it, not beside it.</summary>
    private bool IsCaptionRow(int lineIndex, int segmentIndex)
    {
        var line = Lines[lineIndex];
        var label = line.Segments[segmentIndex];
        var beside = line.Segments[segmentIndex + 1];
        if (beside.Text.Any(char.IsDigit) || !FieldCaptions.IsCaption(beside.Text) || lineIndex + 1 >= Lines.Count)
        {
            return false;
        }

        var next = Lines[lineIndex + 1];
        var height = label.Box.Height;
        if (next.PageNumber != line.PageNumber || next.Box.Top - label.Box.Bottom > 2.5 * height)
        {
            return false;
        }

        var underLabel = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - label.Box.Left) < 2 * height);
        var underCaption = next.Segments.Any(s => Math.Abs(s.Box.Left - beside.Box.Left) < 2 * height);
        return underLabel is not null && underCaption && !FieldCaptions.IsCaption(underLabel.Text);
    }

    /// <summary>The segment right of a label, joined with the segments that follow it closer than the label
    /// stands from it (a justified value "481,   rue Royale"), but not a further column's label and value.</summary>
    private static TextSegment ValueBeside(TextLine line, int labelIndex)
    {
        var label = line.Segments[labelIndex];
        var first = line.Segments[labelIndex + 1];
        var labelGap = first.Box.Left - label.Box.Right;
        var words = first.Words.ToList();
        var right = first.Box.Right;
        for (var k = labelIndex + 2; k < line.Segments.Count; k++)
        {
            var next = line.Segments[k];
            var gap = next.Box.Left - right;
            if (gap > 2.5 * first.Box.Height || gap >= labelGap || next.Text.TrimEnd().EndsWith(':'))
            {
                break;
            }

            words.AddRange(next.Words);
            right = next.Box.Right;
        }

        return words.Count == first.Words.Count ? first : new TextSegment(words);
    }

    /// <summary>A value written on its underline, a little higher than its label on the baseline: on a scan the
    /// two may fall on separate lines, the value's line holding nothing on the label's side.</summary>
    private TextSegment? ValueRaisedBeside(int lineIndex, TextSegment label)
    {
        if (lineIndex == 0 || Lines[lineIndex - 1] is not { } above || above.PageNumber != Lines[lineIndex].PageNumber)
        {
            return null;
        }

        if (above.Segments.Any(s => s.Box.Left <= label.Box.Right))
        {
            return null;
        }

        var beside = above.Segments[0];
        var overlap = Math.Min(beside.Box.Bottom, label.Box.Bottom) - Math.Max(beside.Box.Top, label.Box.Top);
        return overlap > 0.3 * label.Box.Height ? beside : null;
    }

    /// <summary>A wrapped label's second line: one or two lower-case words such as <c>actuel</c> or <c>(BTN)</c>, or
    /// a parenthetical note such as <c>(as shown on bill):</c>.</summary>
    private static bool IsLabelContinuation(TextSegment segment) =>
        !segment.Text.Any(char.IsDigit)
        && (segment.Words.Count <= 2 && (char.IsLower(segment.Text[0]) || segment.Text[0] == '(')
            || segment.Words.Count <= 6 && segment.Text[0] == '(' && segment.Text.TrimEnd(':', ' ').EndsWith(')'));
}
