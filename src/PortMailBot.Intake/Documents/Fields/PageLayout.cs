using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>The lines of every page of a document, with label/value lookups over them.</summary>
internal sealed partial class PageLayout
{
    /// <summary>Labels this long are told apart from every other label by more than two letters, so OCR may
    /// garble two of them (no two labels of the extractor lie within two edits of each other but spellings
    /// of the same label).</summary>
    private const int LongLabel = 16;

    public PageLayout(IReadOnlyList<DocumentPage> pages)
    {
        Pages = pages;
        Lines = pages.SelectMany(LineBuilder.Build).ToList();
        FromOcr = pages.Any(p => p.FromOcr);
    }

    public IReadOnlyList<DocumentPage> Pages { get; }

    public IReadOnlyList<TextLine> Lines { get; }

    public bool FromOcr { get; }

    public DocumentPage? Page(int number) => Pages.FirstOrDefault(p => p.Number == number);

    /// <summary>A label found on a line: the segment holding it and any text after it in the same segment.</summary>
    /// <param name="ValueLineBetween">The label is wrapped around its value, which stands on this line, between the label's two.</param>
    public sealed record LabelHit(int LineIndex, int SegmentIndex, string Label, IReadOnlyList<TextWord> InlineRest, int? ValueLineBetween = null);

    /// <summary>Every place where one of <paramref name="labels"/> (as <see cref="LabelKey"/>s) starts a segment,
    /// the longest label first so <c>account number with current carrier</c> wins over <c>account number</c>.
    /// A label written with a leading <c>=</c> must be the whole segment (a generic word such as <c>Date</c>).</summary>
    public IReadOnlyList<LabelHit> FindLabels(IEnumerable<string> labels)
    {
        var keys = labels.Select(l => (Key: LabelKey.Of(l), Exact: l.StartsWith('=')))
            .Distinct()
            .OrderByDescending(k => k.Key.Length)
            .ToList();
        var hits = new List<LabelHit>();
        for (var li = 0; li < Lines.Count; li++)
        {
            var segments = Lines[li].Segments;
            for (var si = 0; si < segments.Count; si++)
            {
                // A caption wrapped in a table cell around its row's value, centred between its two lines
                // ("Statement" / "Nov 23, 2026" / "date"), is one caption: "Date" over "d'échéance" is no date label.
                if (CentredWrappedLabel(li, si) is var (centred, valueLine))
                {
                    if (keys.FirstOrDefault(k => centred == k.Key || !k.Exact && centred.StartsWith(k.Key + " ", StringComparison.Ordinal)) is { Key: { Length: > 0 } label })
                    {
                        hits.Add(new LabelHit(li, si, label, [], valueLine));
                    }

                    continue;
                }

                var key = LabelKey.Of(segments[si].Text);
                foreach (var (label, exact) in keys)
                {
                    // A whole-segment label may still lead its value when a colon ends it ("Name: Jane Doe").
                    // So may one followed by its translation after a slash ("Name / Nom: Jane Doe").
                    var startsExact = exact && key.StartsWith(label + " ", StringComparison.Ordinal)
                        && (EndsWithColon(segments[si], label) || TranslationFollows(segments[si], label));
                    if (exact ? key == label || startsExact : MatchesStart(key, label))
                    {
                        // A label followed by more words in the same segment is a label only when a colon
                        // separates them ("Statement date: Nov 12"); otherwise it is a sentence that
                        // happens to start with the label's words.
                        var rest = WordsAfterLabel(segments[si], label, out var separated);
                        if (rest.Count > 0 && !separated)
                        {
                            continue;
                        }

                        hits.Add(new LabelHit(li, si, label, rest));
                        goto nextSegment;
                    }
                }

                // A label wrapped in its narrow column ("Authorized" over "representative:"): its two lines read
                // as one label, the value beside the first.
                if (WrappedLabelKey(li, si) is { } wrapped
                    && keys.FirstOrDefault(k => wrapped == k.Key || !k.Exact && wrapped.StartsWith(k.Key + " ", StringComparison.Ordinal)) is { Key: { Length: > 0 } found })
                {
                    hits.Add(new LabelHit(li, si, found, []));
                }

            nextSegment:;
            }
        }

        return hits;
    }

    private bool MatchesStart(string key, string label)
    {
        if (key == label)
        {
            return true;
        }

        if (key.StartsWith(label + " ", StringComparison.Ordinal))
        {
            return true;
        }

        if (FromOcr && label.Length >= 8)
        {
            // OCR may garble a letter of a label (two of a long one: "ri" read as "n" in "Authonzed signature"):
            // compare the label with the same number of leading words.
            var wordCount = label.Count(c => c == ' ') + 1;
            var words = key.Split(' ');
            var allowed = label.Length >= LongLabel ? 2 : 1;
            if (words.Length >= wordCount)
            {
                var head = string.Join(' ', words.Take(wordCount));
                if (TextFold.EditDistance(head, label, allowed) <= allowed)
                {
                    return true;
                }
            }

            // OCR may also run a caption's words together where a slash or a space stood ("ApuSuite" for
            // "Apt/Suite"): the label without its spaces against the first word.
            var compact = label.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (wordCount > 1 && words.Length >= 1 && compact.Length >= 8
                && TextFold.EditDistance(words[0], compact, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithColon(TextSegment segment, string label) =>
        LastLabelWord(segment, label) is var i and >= 0
        && (segment.Words[i].Text.TrimEnd().EndsWith(':') || i + 1 < segment.Words.Count && segment.Words[i + 1].Text.Trim() == ":");

    private static bool TranslationFollows(TextSegment segment, string label) =>
        LastLabelWord(segment, label) is var i and >= 0 && i + 1 < segment.Words.Count && segment.Words[i + 1].Text.StartsWith('/');

    /// <summary>The index of the segment's word that ends <paramref name="label"/>; -1 when the segment is shorter.</summary>
    private static int LastLabelWord(TextSegment segment, string label)
    {
        var labelWords = label.Split(' ').Length;
        var consumed = 0;
        for (var i = 0; i < segment.Words.Count; i++)
        {
            var key = LabelKey.Of(segment.Words[i].Text);
            consumed += key.Length == 0 ? 0 : key.Split(' ').Length;
            if (consumed >= labelWords)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The most words a caption's translation after a slash holds ("/ Account holder name:").</summary>
    private const int MaxTranslationWords = 6;

    /// <summary>The words after a label inside one segment (e.g. <c>Statement date: Nov 12, 2026</c>).</summary>
    private static List<TextWord> WordsAfterLabel(TextSegment segment, string label, out bool separated)
    {
        separated = false;
        var i = LastLabelWord(segment, label);
        if (i < 0)
        {
            return [];
        }

        // A number sign after the caption's words stands for "number" and belongs to it ("Account #", "Acct #:").
        if (i + 1 < segment.Words.Count && segment.Words[i + 1].Text.Trim() is "#" or "#:" && !segment.Words[i].Text.TrimEnd().EndsWith(':'))
        {
            i++;
        }

        // A caption's instruction in parentheses ("Authorized signatory (LAST NAME, First name)", "Nom (en lettres
        // moulées)") belongs to the caption: the value is what follows it.
        if (i + 1 < segment.Words.Count && segment.Words[i + 1].Text.StartsWith('(') && !segment.Words[i].Text.TrimEnd().EndsWith(':'))
        {
            var close = segment.Words.Skip(i + 1).Take(MaxTranslationWords).ToList().FindIndex(w => w.Text.Contains(')', StringComparison.Ordinal));
            i = close >= 0 ? i + 1 + close : i;
        }

        var rest = segment.Words.Skip(i + 1).ToList();
        if (rest.Count > 0 && rest[0].Text.StartsWith('/') && !segment.Words[i].Text.TrimEnd().EndsWith(':'))
        {
            // A bilingual caption ("Nom du titulaire / Account holder name: Jane Doe", "Signature autorisée /
            // Authorized signature"): the translation belongs to the caption; the value follows its colon.
            var colon = rest.FindIndex(w => w.Text.TrimEnd().EndsWith(':'));
            separated = colon >= 0;
            return colon >= 0 && colon <= MaxTranslationWords ? rest.Skip(colon + 1).ToList()
                : rest.Count <= MaxTranslationWords && !rest.Any(w => w.Text.Any(char.IsDigit)) ? [] : rest;
        }

        // A parenthetical after the label belongs to the caption ("Subscriber name (print)", "Nom de l'abonné (en
        // lettres moulées)", "Service address (number, street, unit)"): the value, if any, follows it.
        if (rest.Count > 0 && rest[0].Text.StartsWith('('))
        {
            var close = rest.FindIndex(w => w.Text.TrimEnd().TrimEnd(':').EndsWith(')'));
            if (close >= 0 && close < MaxTranslationWords)
            {
                separated = rest[close].Text.TrimEnd().EndsWith(':') || close + 1 < rest.Count && rest[close + 1].Text.Trim() == ":";
                var after = rest.Skip(close + 1).ToList();
                if (after.Count > 0 && after[0].Text.Trim() == ":")
                {
                    after.RemoveAt(0);
                }

                return after;
            }
        }

        // Dot leaders ("Statement date ........ Nov 2, 2026") set a value apart as a colon does.
        var leaders = 0;
        while (leaders < rest.Count && IsLeader(rest[leaders].Text))
        {
            leaders++;
        }

        if (leaders > 0 && leaders < rest.Count)
        {
            separated = true;
            return rest.Skip(leaders).ToList();
        }

        separated = segment.Words[i].Text.TrimEnd().EndsWith(':')
            || rest.Count > 0 && rest[0].Text.Trim() is ":" or "-" or "\u2014" or "\u2013";
        // A label and its value set apart by a gap wider than the segment's word spacing.
        separated = separated || rest.Count > 0 && WideGapAfter(segment, i);
        if (rest.Count > 0 && rest[0].Text.Trim() is ":" or "-" or "\u2014" or "\u2013")
        {
            rest.RemoveAt(0);
        }

        return rest;
    }

    private static bool IsLeader(string word) =>
        word.Trim() is { Length: >= 3 } leader && leader.All(c => c is '.' or '\u2026' or '_' or '\u00B7');

    private static bool WideGapAfter(TextSegment segment, int index)
    {
        var gaps = new List<double>();
        for (var k = 1; k < segment.Words.Count; k++)
        {
            if (k != index + 1)
            {
                gaps.Add(segment.Words[k].Box.Left - segment.Words[k - 1].Box.Right);
            }
        }

        var gap = segment.Words[index + 1].Box.Left - segment.Words[index].Box.Right;
        var typical = gaps.Count == 0 ? 0 : gaps.Order().ElementAt(gaps.Count / 2);
        return gap > Math.Max(2.5 * typical, 0.8 * segment.Words[index].Box.Height);
    }

    /// <summary>The value of the first label found, as text, with continuation lines when <paramref name="maxLines"/> &gt; 1.</summary>
    public string? FirstValue(IEnumerable<string> labels, int maxLines = 1) => FirstFound(labels, maxLines)?.Text;

    /// <summary>The value of the first label found with where it was read, with continuation lines when
    /// <paramref name="maxLines"/> &gt; 1.</summary>
    public LayoutValue? FirstFound(IEnumerable<string> labels, int maxLines = 1)
    {
        foreach (var hit in FindLabels(labels))
        {
            var value = ValueOf(hit, out var valueLine);
            if (value is null || string.IsNullOrWhiteSpace(value.Text))
            {
                continue;
            }

            var page = Lines[valueLine].PageNumber;
            // A value written over its caption ends there: the lines under it are its caption and other fields.
            if (maxLines <= 1 || valueLine < hit.LineIndex)
            {
                return new LayoutValue(value.Text.Trim(), page, value.Words);
            }

            var segments = ContinuationLines(value, valueLine, maxLines).ToList();
            return new LayoutValue(string.Join('\n', segments.Select(s => s.Text.Trim())), page, segments.SelectMany(s => s.Words).ToList());
        }

        return null;
    }

    /// <summary>Every value of every label found.</summary>
    public IReadOnlyList<string> AllValues(IEnumerable<string> labels) => AllFound(labels).Select(v => v.Text).ToList();

    /// <summary>Every value of every label found, with where it was read, with continuation lines (joined by
    /// <c>\n</c>) when <paramref name="maxLines"/> &gt; 1 and the value is written beside or under its caption.</summary>
    public IReadOnlyList<LayoutValue> AllFound(IEnumerable<string> labels, int maxLines = 1)
    {
        var found = new List<LayoutValue>();
        foreach (var hit in FindLabels(labels))
        {
            if (ValueOf(hit, out var valueLine) is not { } value || string.IsNullOrWhiteSpace(value.Text))
            {
                continue;
            }

            var page = Lines[valueLine].PageNumber;
            if (maxLines <= 1 || valueLine < hit.LineIndex)
            {
                found.Add(new LayoutValue(value.Text.Trim(), page, value.Words));
                continue;
            }

            var segments = ContinuationLines(value, valueLine, maxLines).ToList();
            found.Add(new LayoutValue(string.Join('\n', segments.Select(s => s.Text.Trim())), page, segments.SelectMany(s => s.Words).ToList()));
        }

        return found;
    }

    private IEnumerable<TextSegment> ContinuationLines(TextSegment first, int lineIndex, int maxLines)
    {
        yield return first;
        var height = first.Box.Height;
        var previousBottom = first.Box.Bottom;
        for (var i = lineIndex + 1; i < Lines.Count && i <= lineIndex + maxLines - 1; i++)
        {
            var line = Lines[i];
            // Rows of a ruled table stand further apart than lines of text: up to about two lines' gap.
            if (line.PageNumber != Lines[lineIndex].PageNumber || line.Box.Top - previousBottom > 2.2 * height)
            {
                yield break;
            }

            // A continuation starts in the value's column and has nothing in the label column but the rest of
            // a wrapped label ("(as shown on bill):").
            var segment = line.Segments[0];
            if (segment.Box.Right < first.Box.Left && IsLabelContinuation(segment) && line.Segments.Count > 1)
            {
                segment = line.Segments[1];
            }

            if (Math.Abs(segment.Box.Left - first.Box.Left) > 2 * height)
            {
                yield break;
            }

            yield return UpToNextLabel(segment);
            previousBottom = line.Box.Bottom;
        }
    }
}

/// <summary>A value read on a page: its text and the words it was read from.</summary>
internal sealed record LayoutValue(string Text, int Page, IReadOnlyList<TextWord> Words);
