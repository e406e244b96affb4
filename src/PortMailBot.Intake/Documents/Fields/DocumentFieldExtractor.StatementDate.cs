using System.Text;
using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>A bill's statement date: under or beside its label, or named in the document's title.</summary>
internal static partial class DocumentFieldExtractor
{
    private static (DateOnly Date, LayoutValue Value)? FindStatementDate(PageLayout layout)
    {
        var dayFirst = NumericDateOrder(layout);
        foreach (var hit in layout.FindLabels(StatementDateLabels))
        {
            var value = layout.ValueOf(hit, out var valueLine);
            var page = layout.Lines[hit.LineIndex].PageNumber;
            if (value is not null && StatementDateParser.Parse(value.Text, dayFirst) is { } date)
            {
                return (date, new LayoutValue(value.Text, layout.Lines[valueLine].PageNumber, value.Words));
            }

            // A header table: the labels side by side in one row ("Invoice date   Due date"), each value under
            // its own label, so the segment beside the label is the next label and the date stands below.
            if (hit.InlineRest.Count == 0 && DateUnderLabel(layout, hit, dayFirst) is { } under)
            {
                return under;
            }

            // A boxed header field prints its value over a small caption ("21 nov. 2026" over "Date de facturation").
            if (hit.InlineRest.Count == 0 && (value is null || StatementDateParser.Parse(value.Text, dayFirst) is null)
                && DateOverLabel(layout, hit, dayFirst) is { } over)
            {
                return over;
            }

            if (value is null)
            {
                continue;
            }

            // A value split over two lines ("16 nov." / "2026") is joined with the next line's same column,
            // unless that line holds a whole date of its own (the next row's due date).
            var text = value.Text;
            var next = valueLine + 1 < layout.Lines.Count ? layout.Lines[valueLine + 1] : null;
            var below = next?.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - value.Box.Left) < 2 * value.Box.Height);
            if (below is not null && StatementDateParser.Parse(below.Text, dayFirst) is null
                && StatementDateParser.Parse(text + " " + below.Text, dayFirst) is { } joined)
            {
                return (joined, new LayoutValue(text + " " + below.Text, page, [.. value.Words, .. below.Words]));
            }
        }

        return StatementDateInTitle(layout, dayFirst);
    }

    /// <summary>The order of the document's slashed dates: what its other dates settle (a due date of
    /// 23/11/2026 is day first), else day first for a French document, else unknown.</summary>
    private static bool? NumericDateOrder(PageLayout layout) =>
        StatementDateParser.NumericOrder(layout.Lines.Select(l => l.Text))
        ?? (LanguageDetector.Detect(string.Join('\n', layout.Lines.Select(l => l.Text))) == "fr" ? true : null);

    /// <summary>The segment on the line under a label, in the label's column, when it starts with a date.</summary>
    private static (DateOnly Date, LayoutValue Value)? DateUnderLabel(PageLayout layout, PageLayout.LabelHit hit, bool? dayFirst)
    {
        var line = layout.Lines[hit.LineIndex];
        var label = line.Segments[hit.SegmentIndex].Box;
        if (hit.LineIndex + 1 >= layout.Lines.Count || layout.Lines[hit.LineIndex + 1] is not { } next
            || next.PageNumber != line.PageNumber || next.Box.Top - label.Bottom > 2.5 * label.Height)
        {
            return null;
        }

        foreach (var segment in next.Segments)
        {
            var overlaps = segment.Box.Left < label.Right && segment.Box.Right > label.Left;
            if (!overlaps || Math.Abs(segment.Box.Left - label.Left) > Math.Max(2 * label.Height, label.Width / 2))
            {
                continue;
            }

            // The date must open the segment: "Due date: Nov 23" under the label is the next row, not its value.
            var dates = StatementDateParser.FindAll(segment.Text.TrimStart(), dayFirst);
            if (dates.Count > 0 && dates[0].Index <= 1)
            {
                return (dates[0].Date, new LayoutValue(segment.Text, next.PageNumber, segment.Words));
            }
        }

        return null;
    }

    /// <summary>The segment on the line just over a caption, in the caption's column, when it is a date and no caption
    /// stands over it in turn (then it is that caption's value, in a form whose captions are above their values).</summary>
    private static (DateOnly Date, LayoutValue Value)? DateOverLabel(PageLayout layout, PageLayout.LabelHit hit, bool? dayFirst)
    {
        var line = layout.Lines[hit.LineIndex];
        var label = line.Segments[hit.SegmentIndex].Box;
        if (hit.LineIndex == 0 || layout.Lines[hit.LineIndex - 1] is not { } above || above.PageNumber != line.PageNumber)
        {
            return null;
        }

        // The caption may be printed much smaller than its value: the gap is measured against the taller.
        var segment = above.Segments.FirstOrDefault(s => s.Box.Left < label.Right && s.Box.Right > label.Left
            && Math.Abs(s.Box.Left - label.Left) <= Math.Max(2 * label.Height, label.Width / 2)
            && label.Top - s.Box.Bottom <= 2.5 * Math.Max(label.Height, s.Box.Height));
        if (segment is null || StatementDateParser.Parse(segment.Text, dayFirst) is not { } date)
        {
            return null;
        }

        var captioned = hit.LineIndex >= 2 && layout.Lines[hit.LineIndex - 2] is { } top && top.PageNumber == line.PageNumber
            && segment.Box.Top - top.Box.Bottom <= 2.5 * segment.Box.Height
            && top.Segments.Any(s => s.Box.Left < segment.Box.Right && s.Box.Right > segment.Box.Left && IsCaptionOver(s, segment));
        return captioned ? null : (date, new LayoutValue(segment.Text, above.PageNumber, segment.Words));
    }

    /// <summary>Whether the text over a value is its caption: a known caption, a date's caption ("Due date", "Échéance"),
    /// or words without digits printed smaller than the value.</summary>
    private static bool IsCaptionOver(TextSegment over, TextSegment value) =>
        !over.Text.Any(char.IsDigit)
        && (FieldCaptions.IsCaption(over.Text) || over.Box.Height < 0.85 * value.Box.Height
            || LabelKey.Of(over.Text).Split(' ') is var words && words.Any(w => w is "date" or "due" or "echeance" or "periode" or "period"));

    /// <summary>A statement named with its date rather than labelled ("Facture du 2 novembre 2026",
    /// "Statement of November 2, 2026", "Invoice dated 2026-11-02"), or dated as a French letter is, by a dateline
    /// opening its segment ("Montréal, le 3 nov. 2026", "Le 3 novembre 2026"); not the start of a period ("Relevé du
    /// 3 oct. au 2 nov.").</summary>
    private static (DateOnly Date, LayoutValue Value)? StatementDateInTitle(PageLayout layout, bool? dayFirst)
    {
        foreach (var line in layout.Lines)
        {
            foreach (var segment in line.Segments)
            {
                var folded = TextFold.RemoveAccents(segment.Text).ToLowerInvariant();
                var title = StatementTitle().Match(folded);
                var dateline = !title.Success;
                if (dateline)
                {
                    title = Dateline().Match(folded);
                }

                var after = segment.Text[Math.Min(segment.Text.Length, title.Index + title.Length)..];
                // A dateline holds the date alone; "Le 3 déc. 2026, nous prélèverons …" is a sentence.
                if (!title.Success || dateline && after.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4)
                {
                    continue;
                }

                var dates = StatementDateParser.FindAll(after, dayFirst);
                if (dates.Count == 0 || dates[0].Index > 1
                    || dates.Count > 1 && RangeWord().IsMatch(after[dates[0].Index..dates[1].Index]))
                {
                    continue;
                }

                return (dates[0].Date, new LayoutValue(segment.Text, line.PageNumber, segment.Words));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:facture|releve|releve de compte|compte|statement|bill|invoice)\s+(?:du|dated|of|date\s+du|en\s+date\s+du)\s+")]
    private static partial Regex StatementTitle();

    // A French letter's dateline: an optional place (words without digits, none saying when payment is due)
    // and "le" opening the segment, the date right after it.
    [GeneratedRegex(@"^\s*(?:(?!.*\b(?:echeance|payable|avant|paiement|preleve\w*|du|au|periode)\b)[a-z][a-z '’.()-]{1,40},\s*)?le\s+(?=\d)")]
    private static partial Regex Dateline();

    // Between two dates, a word or dash that makes them a period ("3 oct. 2026 au 2 nov. 2026").
    [GeneratedRegex(@"(?:^|\s)(?:au|to|through|until|jusqu\S*|[-\u2013\u2014])(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex RangeWord();

    /// <summary>OCR words read below this confidence are specks and stray marks, not text of the value beside them.</summary>
    private const double SpeckConfidence = 0.2;
}
