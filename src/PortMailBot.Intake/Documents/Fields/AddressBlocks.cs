using System.Text.RegularExpressions;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Postal address blocks wherever they stand on a page (the addressee of a bill, a letter's
/// letterhead, a customer box): a short line holding a postal code, with the lines stacked above it in the
/// same column. The lines above the street are the block's name lines (a person, a business, "Attn: ...").
/// Found by what the lines say and how they stand, not by where a known form puts them.</summary>
internal static partial class AddressBlocks
{
    private const int MaxBlockLines = 7;

    /// <summary>The words that only lead into a street's name (French articles and elisions, English "of the").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "du", "des", "la", "le", "les", "d", "l", "of", "the" };

    /// <param name="Masthead">The block opens the first page under a name printed far larger than its address: the
    /// issuer's own letterhead (a carrier's on a bill or a record), not an addressee.</param>
    public sealed record Block(IReadOnlyList<LayoutValue> NameLines, LayoutValue AddressText, PostalAddress Address, bool TopLeft, bool Masthead = false);

    [GeneratedRegex(@"^\s*(\d|#|(suite|unit|apt|app|appt|bureau|local|ste|po box|p\.?o\.?|c\.?p\.?|case postale|rr|r\.r\.)\b(?!-\p{L}))", RegexOptions.IgnoreCase)]
    private static partial Regex StreetStart();

    public static IReadOnlyList<Block> Find(PageLayout layout)
    {
        var blocks = new List<Block>();
        var lines = layout.Lines;
        for (var i = 0; i < lines.Count && blocks.Count < 20; i++)
        {
            foreach (var segment in lines[i].Segments)
            {
                // A sentence holding a postal code is prose, read elsewhere.
                if (segment.Words.Count > 12 || PostalCodes.FindLast(segment.Text) is null)
                {
                    continue;
                }

                if (BlockEndingAt(layout, i, segment) is { } block && !blocks.Any(b => b.AddressText.Text == block.AddressText.Text))
                {
                    blocks.Add(block);
                }
            }
        }

        // The addressee of a letter or bill stands near the top left of the first page: it goes first.
        return blocks.OrderByDescending(b => b.TopLeft).ToList();
    }

    /// <summary>Strips an attention prefix from a name line ("Attn: Jane Doe" is Jane Doe).</summary>
    public static string WithoutAttention(string line) => AttentionLine.Without(line);

    private static Block? BlockEndingAt(PageLayout layout, int lineIndex, TextSegment last)
    {
        var lines = layout.Lines;
        var pageNumber = lines[lineIndex].PageNumber;
        var stack = new List<(TextSegment Segment, int Line)> { (last, lineIndex) };
        var h = last.Box.Height;
        var top = last.Box.Top;
        for (var j = lineIndex - 1; j >= 0 && stack.Count < MaxBlockLines; j--)
        {
            var line = lines[j];
            if (line.PageNumber != pageNumber)
            {
                break;
            }

            var candidate = line.Segments.FirstOrDefault(s => Math.Abs(s.Box.Left - last.Box.Left) < 1.5 * h);
            if (candidate is null)
            {
                // A line of another column (account number, dates) between two lines of the block.
                if (line.Segments.All(s => s.Box.Left > last.Box.Right || s.Box.Right < last.Box.Left - h) && top - line.Box.Bottom < 2.2 * h)
                {
                    continue;
                }

                break;
            }

            // A label to the candidate's left makes it a form's value, not a line of a block. Text of another
            // column that is no caption (a carrier's remit-to block beside the addressee) does not, nor does a
            // label of another column whose own value stands between it and the candidate ("Statement date
            // Nov 18, 2026" left of the addressee's street).
            if (top - candidate.Box.Bottom > 2.2 * h || candidate.Box.Height > 1.8 * h || IsLabelled(lines, j, candidate, h) || candidate.Words.Count > 10)
            {
                break;
            }

            // A caption over the address ("Service location", "Billing address") heads it: the lines above it are
            // other fields (another address, the name's caption), not this block's name lines.
            if (FieldCaptions.IsCaption(candidate.Text))
            {
                break;
            }

            stack.Insert(0, (candidate, j));
            top = candidate.Box.Top;
        }

        var texts = stack.Select(s => s.Segment.Text.Trim()).ToList();
        // Where the payment goes ("Remit to:", "Envoyer à :") is the carrier's address, never the customer's,
        // whether its caption heads the block or stands before it on its first line.
        if (texts.Any(t => RemitCaption().IsMatch(t)) || IsRemittance(lines[stack[0].Line], stack[0].Segment))
        {
            return null;
        }

        // The street line, not a unit line written under it ("543 Lake Shore Blvd W" / "Unit 302").
        var streetIndex = texts.FindLastIndex(t => StreetStart().IsMatch(t) && !LooksLikePhone(t) && !UnitOnly().IsMatch(t));
        if (streetIndex < 0)
        {
            streetIndex = texts.FindLastIndex(t => StreetStart().IsMatch(t) && !LooksLikePhone(t));
        }

        if (streetIndex < 0)
        {
            // The postal code's own line may hold the whole address ("12 Main St, Moncton NB E1C 1A1").
            streetIndex = texts.Count - 1;
        }

        // A unit's value wrapped under its word ("6576 chemin des Quatre-Bourgeois, app." / "813") is no street line.
        if (streetIndex > 0 && LoneUnitValue().IsMatch(texts[streetIndex]) && UnitWordAtEnd().IsMatch(texts[streetIndex - 1]))
        {
            streetIndex--;
        }

        // A unit line ("Suite 400") above the street line belongs to the address.
        while (streetIndex > 0 && UnitOnly().IsMatch(texts[streetIndex - 1]))
        {
            streetIndex--;
        }

        var addressParts = stack.Skip(streetIndex).ToList();
        var addressText = string.Join('\n', addressParts.Select(p => p.Segment.Text.Trim()));
        var page = layout.Page(pageNumber);
        var first = stack[0].Segment.Box;
        var topLeft = page is not null && pageNumber == layout.Pages[0].Number
            && first.Top < page.Height * 0.5 && first.Left < page.Width * 0.5;

        // A PO box counts only as the addressee (a customer's mailing address); elsewhere it is the
        // carrier's remittance address.
        if (Parse(addressText) is not { } address
            || (address.IsPoBox ? !topLeft : address.StreetNumber is null || !HasNameWord(address)))
        {
            return null;
        }

        var names = stack.Take(streetIndex)
            .Select(p => new LayoutValue(WithoutAttention(p.Segment.Text), pageNumber, p.Segment.Words))
            .Where(v => v.Text.Any(char.IsLetter) && !v.Text.TrimEnd().EndsWith(':'))
            .ToList();
        var value = new LayoutValue(addressText, pageNumber, addressParts.SelectMany(p => p.Segment.Words).ToList());
        return new Block(names, value, address, topLeft, IsMasthead(layout, stack[0], streetIndex, addressParts.Select(p => p.Segment)));
    }

    /// <summary>The block's first line, or the line just over it that a larger font kept out of the block, is the
    /// first line of the first page and is printed at least 1.3 times as tall as the address.</summary>
    private static bool IsMasthead(PageLayout layout, (TextSegment Segment, int Line) first, int streetIndex, IEnumerable<TextSegment> address)
    {
        var pageNumber = layout.Lines[first.Line].PageNumber;
        var heights = address.Select(s => s.Box.Height).Order().ToList();
        if (pageNumber != layout.Pages[0].Number || heights.Count == 0)
        {
            return false;
        }

        var firstLine = layout.Lines.Select((l, i) => (l.PageNumber, Index: i)).First(l => l.PageNumber == pageNumber).Index;
        var h = first.Segment.Box.Height;
        var head = streetIndex > 0 ? (first.Line == firstLine ? first.Segment : null)
            : first.Line - 1 == firstLine ? layout.Lines[firstLine].Segments.FirstOrDefault(s =>
                Math.Abs(s.Box.Left - first.Segment.Box.Left) < 1.5 * h && first.Segment.Box.Top - s.Box.Bottom < 2.2 * h)
            : null;
        return head is not null && head.Box.Height >= 1.3 * heights[heights.Count / 2];
    }

    /// <summary>A street name is more than a lone type or direction ("319, Street" is not one; "Concession St",
    /// a type used as a name, is), and does not stop at a particle: "avenue des" is "avenue des Érables" with its
    /// last word lost to the scan (no street name ends in "des", "du", "de la" or "of"), not another street.</summary>
    public static bool HasNameWord(PostalAddress address) =>
        address.StreetName is { } name && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words
            && words.Length > 0 && !Particles.Contains(TextFold.Compact(words[^1]))
            && (words.Count(w => w.Count(char.IsLetterOrDigit) >= 2) >= 2
                || words.Any(w => w.Count(char.IsLetterOrDigit) >= 2 && !StreetWords.IsType(w) && !StreetWords.IsDirection(w) || w.Any(char.IsDigit)));

    /// <summary>A telephone number written as one (three, three and four digits, grouped or not) outside the
    /// line's postal code. Counting digits would not do: a numbered street's civic number, its street number and
    /// a unit ("10220 104 Ave NW, Suite 300"), or a unit, civic number and postal code ("Bureau 104, 7311 chemin
    /// Sainte-Foy, Lévis, QC G2S 9K5"), reach ten digits without being a phone number.</summary>
    private static bool LooksLikePhone(string text)
    {
        var postal = PostalCodes.FindLast(text);
        var rest = postal is { } p ? text.Remove(p.Index, p.Length) : text;
        return PhoneShape().IsMatch(rest);
    }

    [GeneratedRegex(@"(?<![\p{L}\d])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")]
    private static partial Regex PhoneShape();

    /// <summary>Whether the segment nearest the candidate's left on its line is a label (the candidate is its value),
    /// or a label stands further left with nothing but a close piece of the same value between them.
    /// A caption heading a grid's column, its value printed under it, labels that value, not the candidate far to its
    /// right (an addressee printed beside a bill's grid of "Invoice date" over "11 Nov 2026").</summary>
    private static bool IsLabelled(IReadOnlyList<TextLine> lines, int lineIndex, TextSegment candidate, double h)
    {
        var line = lines[lineIndex];
        var left = line.Segments.Where(s => s.Box.Right < candidate.Box.Left - h).ToList();
        if (left.Count == 0)
        {
            return false;
        }

        var nearest = left.MaxBy(s => s.Box.Right)!;
        var close = candidate.Box.Left - nearest.Box.Right < 2.5 * h;
        // A colon points to what follows on its line ("Remit to:"): only a caption without one heads a grid's column.
        var heads = !nearest.Text.TrimEnd().EndsWith(':') && HeadsValueBelow(lines, lineIndex, nearest);
        return IsLabel(nearest) && (close || !heads) || close && left.Any(IsLabel);
    }

    /// <summary>Whether the line under <paramref name="caption"/> starts, at the caption's left and close under it, a
    /// value that is no caption itself: the caption heads that value.</summary>
    private static bool HeadsValueBelow(IReadOnlyList<TextLine> lines, int lineIndex, TextSegment caption)
    {
        if (lineIndex + 1 >= lines.Count || lines[lineIndex + 1] is not { } next || next.PageNumber != lines[lineIndex].PageNumber)
        {
            return false;
        }

        var h = caption.Box.Height;
        return next.Box.Top - caption.Box.Bottom < 2.2 * h
            && next.Segments.Any(s => Math.Abs(s.Box.Left - caption.Box.Left) < h && !IsLabel(s));
    }

    private static bool IsLabel(TextSegment segment) =>
        segment.Text.TrimEnd().EndsWith(':') || FieldCaptions.IsCaption(segment.Text);

    /// <summary>Whether the text before <paramref name="segment"/> on its line ends with a remittance caption.</summary>
    private static bool IsRemittance(TextLine line, TextSegment segment) =>
        line.Segments.TakeWhile(s => !ReferenceEquals(s, segment)).LastOrDefault() is { } before && RemitCaption().IsMatch(before.Text.Trim());

    /// <summary>Whether <paramref name="textBefore"/>, the text leading to an address in prose, ends with a remittance
    /// caption ("… Remit to:"): the address after it is where the payment goes.</summary>
    public static bool EndsWithRemitCaption(string textBefore) => RemitCaptionAtEnd().IsMatch(textBefore);

    /// <summary>The captions of where the payment goes, as a regular-expression alternation.</summary>
    private const string RemitPhrases = @"(remit(tance)?( payment)? to|please remit to|make (cheques|checks|payments?) payable to|payable to|mail (your )?payments? to|send payments? to|envoyer (le paiement )?[àa]|faire parvenir [àa]|paiement [àa]|retourner [àa]|libeller [àa] l['’]ordre de)";

    [GeneratedRegex(@"\b" + RemitPhrases + @"\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RemitCaptionAtEnd();

    [GeneratedRegex(@"^\s*" + RemitPhrases + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemitCaption();

    [GeneratedRegex(@"^\s*(suite|unit|apt|app|appt|apartment|appartement|bureau|local|ste|#)(?!-\p{L})\.?\s*[0-9A-Za-z-]{1,6}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitOnly();

    [GeneratedRegex(@"(?:\b(?:suite|unit|apt|app|appt|apartment|appartement|bureau|local|ste)\.?|#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitWordAtEnd();

    [GeneratedRegex(@"^\s*#?[A-Za-z]{0,3}\d{1,6}[A-Za-z]?\s*$")]
    private static partial Regex LoneUnitValue();

    /// <summary>The text without the captions that a crooked scan's lines may mix into it ("Service address:
    /// VANCOUVER BC"): one to four words ending in a colon that read as a field's caption.</summary>
    private static string WithoutCaptions(string text)
    {
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var words = lines[l].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!words[i].EndsWith(':'))
                {
                    continue;
                }

                for (var start = Math.Max(0, i - 3); start <= i; start++)
                {
                    if (FieldCaptions.IsCaption(string.Join(' ', words.Skip(start).Take(i - start + 1))))
                    {
                        words.RemoveRange(start, i - start + 1);
                        i = start - 1;
                        break;
                    }
                }
            }

            lines[l] = string.Join(' ', words);
        }

        return string.Join('\n', lines.Where(line => line.Length > 0));
    }

    /// <summary>The text cut where a caption follows its province or postal code ("Yarmouth, NS LOSING CARRIER
    /// Prairie Link Telecom", on the same line or the next): a narrow gap or a crooked scan runs the next field
    /// into the address, which ends with its locality.</summary>
    private static string WithoutFieldAfterLocality(string text)
    {
        var words = text.Replace("\n", " \n ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i + 1 < words.Length; i++)
        {
            var next = words.Skip(i + 1).Where(w => w != "\n").Take(4).ToList();
            if (words[i] != "\n" && EndsLocality(words, i)
                && Enumerable.Range(1, next.Count).Any(count => FieldCaptions.IsCaption(string.Join(' ', next.Take(count)))))
            {
                return string.Join(' ', words.Take(i + 1)).Replace(" \n ", "\n", StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Whether word <paramref name="index"/> closes a locality: a province (or the last word of its name), or
    /// a postal code (whole, or its second half after its first).</summary>
    private static bool EndsLocality(string[] words, int index)
    {
        var word = words[index].Trim(',', '.', ';', ')', '(');
        // A province's two-letter code counts in capitals only: "on" is also a word.
        var province = Provinces.ToCode(word) is not null && (word.Length > 2 || word.All(char.IsUpper))
            || Enumerable.Range(1, Math.Min(3, index)).Any(before => Provinces.ToCode(string.Join(' ', words[(index - before)..index]) + " " + word) is not null);
        return province || PostalCodes.Normalize(word) is not null
            || PostalCodes.Normalize(words[index - 1].Trim(',', '.') + word) is not null;
    }

    /// <summary>The parsed address, or null where the text is not one (never throws on what a page holds).</summary>
    public static PostalAddress? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = WithoutCaptions(WithoutFieldAfterLocality(text));
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return AddressParser.Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
