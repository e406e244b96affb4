using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Where the value of a label stands: beside it, raised on its underline, or under a row of captions.</summary>
internal sealed partial class PageLayout
{
    /// <summary>The value of a label: the rest of its segment, else the next segment to its right on the same
    /// line, else the value column of the next line (a label that wrapped), else the segment below it.</summary>
    public TextSegment? ValueOf(LabelHit hit, out int valueLineIndex) =>
        ValueAt(hit, out valueLineIndex) is { } value ? UpToNextLabel(value) : null;

    /// <summary>A neighbouring column's "Label: value" that runs close to a value, read into its segment: the value
    /// ends where the words leading to a colon stand apart from it by more than the value's own word spacing.</summary>
    public static TextSegment UpToNextLabel(TextSegment value)
    {
        var words = value.Words;
        for (var k = 1; k < words.Count; k++)
        {
            if (!words[k].Text.TrimEnd().EndsWith(':'))
            {
                continue;
            }

            var start = 0;
            var widest = 0.0;
            for (var j = Math.Max(1, k - 3); j <= k; j++)
            {
                var gap = words[j].Box.Left - words[j - 1].Box.Right;
                if (gap > widest)
                {
                    (widest, start) = (gap, j);
                }
            }

            var others = Enumerable.Range(1, words.Count - 1).Where(j => j != start)
                .Select(j => words[j].Box.Left - words[j - 1].Box.Right).Order().ToList();
            var typical = others.Count == 0 ? 0 : others[others.Count / 2];
            if (start > 0 && widest > Math.Max(2 * typical, 0.6 * words[start].Box.Height))
            {
                return new TextSegment(words.Take(start).ToList());
            }
        }

        return value;
    }

    private TextSegment? ValueAt(LabelHit hit, out int valueLineIndex)
    {
        valueLineIndex = hit.LineIndex;
        var line = Lines[hit.LineIndex];
        var labelSegment = line.Segments[hit.SegmentIndex];
        if (hit.InlineRest.Count > 0)
        {
            return new TextSegment(hit.InlineRest);
        }

        var height = labelSegment.Box.Height;
        if (hit.ValueLineBetween is { } between)
        {
            valueLineIndex = between;
            return Lines[valueLineIndex].Segments.FirstOrDefault(s => s.Box.Left > labelSegment.Box.Right);
        }

        if (!FromOcr && ValueOverCaption(hit.LineIndex, labelSegment) is { } over)
        {
            valueLineIndex = hit.LineIndex - 1;
            return over;
        }

        if (hit.SegmentIndex + 1 < line.Segments.Count && !IsCaptionRow(hit.LineIndex, hit.SegmentIndex))
        {
            // An empty field in a row of captions ("Unit" with nothing under it): its neighbour's caption is no value.
            return EmptyInCaptionRow(hit.LineIndex, hit.SegmentIndex) ? null : ValueBeside(line, hit.SegmentIndex);
        }

        if (ValueLeftOf(hit) is { } left)
        {
            return left;
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
        if (next.PageNumber != line.PageNumber || next.Box.Top - labelSegment.Box.Bottom > BelowReach(labelSegment, next))
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

    /// <summary>A caption printed after its value, to its right at the end of the line ("Jane Doe      authorized
    /// user"): the line holds the value and the caption alone, the caption has no colon pointing on, the value is no
    /// caption or labelled pair itself, and no value stands under the caption (then it heads a column).</summary>
    private TextSegment? ValueLeftOf(LabelHit hit)
    {
        var line = Lines[hit.LineIndex];
        if (hit.SegmentIndex != 1 || line.Segments.Count != 2)
        {
            return null;
        }

        var (value, label) = (line.Segments[0], line.Segments[1]);
        var height = label.Box.Height;
        if (label.Text.TrimEnd().EndsWith(':') || value.Text.Contains(':', StringComparison.Ordinal)
            || FieldCaptions.IsCaption(value.Text) || label.Box.Left - value.Box.Right < 2 * height)
        {
            return null;
        }

        var next = hit.LineIndex + 1 < Lines.Count ? Lines[hit.LineIndex + 1] : null;
        var below = next is null || next.PageNumber != line.PageNumber || next.Box.Top - label.Box.Bottom > 2.5 * height ? null
            : next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - label.Box.Left) < 2 * height);
        return below is null || FieldCaptions.IsCaption(below.Text) ? value : null;
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
        if (beside.Text.Any(char.IsDigit) || lineIndex + 1 >= Lines.Count)
        {
            return false;
        }

        var next = Lines[lineIndex + 1];
        var height = label.Box.Height;
        if (next.PageNumber != line.PageNumber || next.Box.Top - label.Box.Bottom > BelowReach(label, next))
        {
            return false;
        }

        var underLabel = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - label.Box.Left) < 2 * height);
        var underCaption = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - beside.Box.Left) < 2 * height);
        if (underLabel is null || FieldCaptions.IsCaption(underLabel.Text))
        {
            return false;
        }

        // The segment beside is a caption by its wording, or by its print: a form's captions share one small size,
        // smaller than the values filled in under them, whatever they say ("TÉLÉPHONE DE FACTURATION"). A field left
        // empty ("Unit" with nothing under it) is still a caption of the row when both its wording and print say so.
        var print = PrintHeight(label);
        var small = Math.Abs(PrintHeight(beside) - print) <= 0.25 * print && print < 0.85 * PrintHeight(underLabel);
        if (underCaption is null)
        {
            return FieldCaptions.IsCaption(beside.Text);
        }

        return FieldCaptions.IsCaption(beside.Text) || small && print < 0.85 * PrintHeight(underCaption);
    }

    /// <summary>A label whose neighbour reads as a caption with a value under it, while nothing stands under the label:
    /// the label's field was left empty in a row of captions over a row of values.</summary>
    private bool EmptyInCaptionRow(int lineIndex, int segmentIndex)
    {
        var label = Lines[lineIndex].Segments[segmentIndex];
        var beside = Lines[lineIndex].Segments[segmentIndex + 1];
        if (!FieldCaptions.IsCaption(beside.Text) || lineIndex + 1 >= Lines.Count || Lines[lineIndex + 1] is not { } next
            || next.PageNumber != Lines[lineIndex].PageNumber)
        {
            return false;
        }

        var h = label.Box.Height;
        var under = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - beside.Box.Left) < 2 * h);
        return under is not null && next.Box.Top - label.Box.Bottom <= BelowReach(beside, next)
            && !next.Segments.Any(s => Math.Abs(s.Box.Left - label.Box.Left) < 2 * h);
    }

    /// <summary>How far under a caption its value may start: two and a half print heights, of the value's print when
    /// it is the larger (a small caption over a ruled row sized for the value, "Customer name" 6.5 pt over a 20 pt row).</summary>
    private static double BelowReach(TextSegment label, TextLine next)
    {
        var under = next.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - label.Box.Left) < 2 * label.Box.Height);
        return 2.5 * Math.Max(label.Box.Height, under is null ? 0 : under.Box.Height);
    }

    /// <summary>The height of a segment's print without its accents' reach: the lower median of its words of two or more
    /// letters ("CONTACT" beside "AUTORISÉ"), else its box. A word of small letters alone ("name", "as") stands only as
    /// high as the letters' middle, below a capital's or a tall letter's top, where a word's box is drawn to its glyphs:
    /// the words reaching that top count first, so "First name" and "Surname" print alike. The median, not the least:
    /// one word a PDF boxes flat ("John's") would make a whole value look as small as its caption.</summary>
    private static double PrintHeight(TextSegment segment)
    {
        var lettered = segment.Words.Where(w => w.Text.Count(char.IsLetter) >= 2).ToList();
        var full = lettered.Where(w => w.Text.Any(c => char.IsUpper(c) || char.IsDigit(c) || "bdfhklt".Contains(c, StringComparison.Ordinal))).ToList();
        var heights = (full.Count > 0 ? full : lettered).Select(w => w.Box.Height).Order().ToList();
        return heights.Count == 0 ? segment.Box.Height : heights[(heights.Count - 1) / 2];
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

    /// <summary>A wrapped label's second line: one or two lower-case words such as <c>actuel</c> or <c>(BTN)</c> (not a
    /// French street's name under its caption, "rue Principale", whose name is capitalised), or
    /// a parenthetical note such as <c>(as shown on bill):</c>.</summary>
    private static bool IsLabelContinuation(TextSegment segment) =>
        !segment.Text.Any(char.IsDigit)
        && (segment.Words.Count <= 2 && (char.IsLower(segment.Text[0]) && !segment.Words.Skip(1).Any(w => char.IsUpper(w.Text[0])) || segment.Text[0] == '(')
            || segment.Words.Count <= 6 && segment.Text[0] == '(' && segment.Text.TrimEnd(':', ' ').EndsWith(')'));
}
