using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Decides whether an LOA is signed by looking where a signature goes: above the signature
/// label (and its line) and just to its right. Signed when a picture is drawn there (text PDFs), a typed
/// e-signature is written there, or, on a scan, ink remains there once recognised words are set aside.</summary>
internal static class SignatureDetector
{
    private static readonly string[] SignatureLabels =
    [
        "authorized signature", "authorised signature", "signature of authorized person", "customer signature",
        "signature autorisee", "signature de la personne autorisee", "signature du client", "=signature", "signature",
        "signed", "signe", "signee",
    ];

    private static readonly string[] NotSignatureWords =
    [
        "date", "signature", "authorized", "authorised", "autorisee", "printed", "name", "nom", "title", "titre",
        "x", "sign", "here", "signez", "ici", "lettres", "moulees", "print",
    ];

    /// <summary>Captions of the signer's printed name beside the signature ("Signed by", "Printed name", "Signé par").</summary>
    private static readonly HashSet<string> CaptionWords =
    [
        "signed", "signe", "signee", "by", "par", "name", "nom", "printed", "print", "full", "signer", "signataire",
        "en", "lettres", "moulees", "du", "de", "the", "imprime",
    ];

    /// <summary>Words that tie a signature caption to its signer ("Signature of account holder", "du titulaire").</summary>
    private static readonly string[] Possessives = ["of", "du", "de", "des", "d", "by", "par"];

    /// <summary>Dark-pixel fraction above which a scanned signature area counts as inked; a bare line or
    /// speckle stays well below it once the line's own band is left out.</summary>
    private const double InkThreshold = 0.012;

    /// <summary>A letter's closing (folded): its signature goes below it.</summary>
    private static readonly string[] Closings =
    [
        "sincerely", "yours sincerely", "sincerely yours", "yours truly", "regards", "best regards", "kind regards",
        "respectfully", "cordialement", "bien cordialement", "salutations", "meilleures salutations", "bien a vous",
    ];

    /// <summary>Whether the LOA is signed; null on a scan where no place for a signature was read (no caption,
    /// no letter closing): OCR lost the page's small print, so an absent signature cannot be told from an
    /// unread one.</summary>
    public static bool? IsSigned(PageLayout layout)
    {
        var hits = layout.FindLabels(SignatureLabels);
        var captions = 0;
        foreach (var hit in hits)
        {
            var line = layout.Lines[hit.LineIndex];
            var page = layout.Page(line.PageNumber);
            if (page is null)
            {
                continue;
            }

            // Only a label that is short (a form caption, not a sentence mentioning signatures).
            var labelSegment = line.Segments[hit.SegmentIndex];
            if (labelSegment.Words.Count > 6)
            {
                continue;
            }

            // "Signed by: Jane Doe", "Signé par" caption the signer's printed name, not the place of the signature.
            if (hit.Label is "signed" or "signe" or "signee" && hit.InlineRest.Count > 0 && LabelKey.Of(hit.InlineRest[0].Text) is "by" or "par")
            {
                continue;
            }

            captions++;

            if (hit.InlineRest.Any(w => IsSignatureText(w.Text)) && hit.InlineRest.Sum(w => w.Text.Count(char.IsLetter)) >= 3)
            {
                return true;
            }

            if (IsSignedNear(layout, page, line, labelSegment))
            {
                return true;
            }
        }

        foreach (var (line, segment) in OwnedCaptions(layout, hits))
        {
            captions++;
            if (layout.Page(line.PageNumber) is { } page && IsSignedNear(layout, page, line, segment))
            {
                return true;
            }
        }

        if (IsSignedAcrossCaption(layout) || SignerLines.Find(layout).Any() || captions == 0 && IsSignedBelowClosing(layout))
        {
            return true;
        }

        var placeRead = captions > 0 || layout.Lines.Any(IsClosing);
        return placeRead || !layout.FromOcr ? false : null;
    }

    /// <summary>Captions that say whose signature goes there, in words no list can hold ("Signature of account
    /// holder", "Signature du titulaire", "Account holder signature"): a short segment that opens with
    /// "signature" and a possessive word, or ends with "signature". The label list above reads them as a
    /// sentence that starts with "signature", so they are found here.</summary>
    private static IEnumerable<(TextLine Line, TextSegment Segment)> OwnedCaptions(PageLayout layout, IReadOnlyList<PageLayout.LabelHit> hits)
    {
        for (var li = 0; li < layout.Lines.Count; li++)
        {
            var line = layout.Lines[li];
            for (var si = 0; si < line.Segments.Count; si++)
            {
                var segment = line.Segments[si];
                if (hits.Any(h => h.LineIndex == li && h.SegmentIndex == si) || segment.Text.Any(char.IsDigit))
                {
                    continue;
                }

                var words = LabelKey.Of(segment.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var opens = words.Length is >= 3 and <= 6 && words[0] == "signature" && Possessives.Contains(words[1]);
                var ends = words.Length is >= 2 and <= 4 && words[^1] == "signature" && !words[..^1].Any(w => NotSignatureWords.Contains(w) || w == "your" || w == "votre");
                if (opens || ends)
                {
                    yield return (line, segment);
                }
            }
        }
    }

    /// <summary>A scanned letter whose signature caption was not read (OCR may drop the small print around a
    /// signature with it): the signature is sought where a letter puts it, below its closing ("Sincerely,"),
    /// down to the next line read.</summary>
    private static bool IsSignedBelowClosing(PageLayout layout)
    {
        for (var index = 0; index < layout.Lines.Count; index++)
        {
            var line = layout.Lines[index];
            if (layout.Page(line.PageNumber) is not { FromOcr: true, Ink: { } ink } page || !IsClosing(line))
            {
                continue;
            }

            var closing = line.Segments[0];
            var h = Math.Max(closing.Box.Height, 1);
            var bottom = closing.Box.Bottom + (6 * h);
            var next = layout.Lines.Skip(index + 1).FirstOrDefault(l => l.PageNumber == line.PageNumber && l.Box.Top > closing.Box.Bottom + (0.5 * h));
            if (next is not null)
            {
                bottom = Math.Min(bottom, next.Box.Top - (0.2 * h));
            }

            var area = new PageBox(Math.Max(0, closing.Box.Left - (2 * h)), closing.Box.Bottom + (0.3 * h), Math.Min(page.Width, closing.Box.Left + (25 * h)), bottom);
            if (area.Height > 1.5 * h && InkOutsideWords(ink, page, area, h) > InkThreshold)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClosing(TextLine line)
    {
        if (line.Segments.Count == 0 || line.Segments[0].Words.Count > 4)
        {
            return false;
        }

        var key = LabelKey.Of(line.Segments[0].Text);
        return Closings.Contains(key);
    }

    /// <summary>A signature written across its own caption: OCR reads the scribble as a tall "word" inside the
    /// caption ("Authorized Aha signature"), so the caption is found once such words are set aside, and the
    /// scribble itself is the signature's ink.</summary>
    private static bool IsSignedAcrossCaption(PageLayout layout)
    {
        var keys = SignatureLabels.Select(l => (Key: LabelKey.Of(l), Exact: l.StartsWith('='))).ToList();
        foreach (var line in layout.Lines)
        {
            if (layout.Page(line.PageNumber) is not { FromOcr: true } page)
            {
                continue;
            }

            foreach (var segment in line.Segments)
            {
                var printed = segment.Words.Min(w => w.Box.Height);
                var kept = segment.Words.Where(w => w.Box.Height <= 2.5 * printed).ToList();
                var scribbles = segment.Words.Count - kept.Count;
                if (scribbles == 0 || kept.Count is 0 or > 6)
                {
                    continue;
                }

                var key = LabelKey.Of(string.Join(' ', kept.Select(w => w.Text)));
                if (keys.Any(k => k.Exact ? key == k.Key : key == k.Key || key.StartsWith(k.Key + " ", StringComparison.Ordinal))
                    && segment.Words.Except(kept).Any(w => w.Text.Count(char.IsLetterOrDigit) >= 2))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSignedNear(PageLayout layout, DocumentPage page, TextLine line, TextSegment label)
    {
        var h = Math.Max(label.Box.Height, 1);
        var nextOnLine = line.Segments.FirstOrDefault(s => s.Box.Left > label.Box.Right + h);
        var areaRight = Math.Min(page.Width, Math.Max(label.Box.Right + 12 * h, nextOnLine?.Box.Left - h ?? label.Box.Right + 20 * h));
        var aboveTop = Math.Max(0, label.Box.Top - 7 * h);
        // Don't reach into the body text above the signature block.
        var lineAbove = layout.Lines
            .Where(l => l.PageNumber == line.PageNumber && l.Box.Bottom <= label.Box.Top - 0.5 * h && l.Words.Count > 6)
            .OrderByDescending(l => l.Box.Bottom)
            .FirstOrDefault();
        if (lineAbove is not null && lineAbove.Box.Bottom > aboveTop)
        {
            aboveTop = lineAbove.Box.Bottom + 0.5 * h;
        }

        var above = new PageBox(Math.Max(0, label.Box.Left - 3 * h), aboveTop, areaRight, label.Box.Top);
        var right = new PageBox(label.Box.Right + 0.5 * h, label.Box.Top - 2.5 * h, areaRight, label.Box.Bottom + 0.5 * h);

        if (page.Images.Any(i => IsSignaturePicture(page, i, h) && (i.Intersects(above) || i.Intersects(right))))
        {
            return true;
        }

        if (!page.FromOcr && IsSignedBelow(layout, page, line, label, areaRight))
        {
            return true;
        }

        var printed = CaptionedValueWords(layout, line.PageNumber);
        var typed = page.Words.Where(w => w.Box.Intersects(above) || w.Box.Intersects(right))
            .Where(w => !label.Words.Contains(w) && !printed.Contains(w))
            .Where(w => IsSignatureText(w.Text))
            .ToList();
        if (typed.Count > 0 && !page.FromOcr)
        {
            return true;
        }

        if (page.Ink is { } ink)
        {
            // The signature line itself sits just above the label: leave its band out of the above area.
            var inkAbove = above with { Bottom = Math.Max(above.Top, label.Box.Top - 0.9 * h) };
            if (inkAbove.Height > h && InkOutsideWords(ink, page, inkAbove, h) > InkThreshold)
            {
                return true;
            }

            if (IsInkedBesideOrBelow(layout, page, ink, line, label, right, areaRight))
            {
                return true;
            }

            return typed.Sum(w => w.Text.Count(char.IsLetter)) >= 4 && typed.Average(w => w.Confidence) > 0.3;
        }

        return typed.Count > 0;
    }

    /// <summary>On a scan, a signature right of its caption ("Signature: ~~~") or under a boxed caption, down to the next
    /// print in its column (not the scribble read as a word): a hand stroke once rules and printed words are set aside.</summary>
    private static bool IsInkedBesideOrBelow(PageLayout layout, DocumentPage page, IInkMap ink, TextLine line, TextSegment label, PageBox right, double areaRight)
    {
        var h = Math.Max(label.Box.Height, 1);
        var left = Math.Max(0, label.Box.Left - h);
        // The next caption on the line opens the next box: what is under it is not this caption's.
        var nextOnLine = line.Segments.FirstOrDefault(s => s.Box.Left > label.Box.Right + h);
        var belowRight = nextOnLine is null ? areaRight : Math.Min(areaRight, nextOnLine.Box.Left - h);
        var bottom = label.Box.Bottom + (6 * h);
        var next = layout.Lines
            .Where(l => l.PageNumber == line.PageNumber && l.Box.Top > label.Box.Bottom + (0.3 * h))
            .Where(l => l.Segments.Any(s => s.Box.Left < belowRight && s.Box.Right > left
                && s.Words.Any(w => !IsScribble(w, page, h) && (!IsSignatureText(w.Text) || s.Words.Count >= 3))))
            .OrderBy(l => l.Box.Top)
            .FirstOrDefault();
        bottom = next is null ? bottom : Math.Min(bottom, next.Box.Top - (0.2 * h));
        var below = new PageBox(left, label.Box.Bottom + (0.2 * h), belowRight, bottom);
        // Words read with confidence (a date, a name printed in the next box) are print, whatever they say.
        List<PageBox> Print(PageBox area) => page.Words
            .Where(w => w.Box.Intersects(area) && !IsScribble(w, page, h) && (!IsSignatureText(w.Text) || w.Confidence >= 0.8))
            .Select(w => w.Box)
            .ToList();

        return InkStrokes.Holds(ink, right, Print(right), h) || below.Height > 2 * h && InkStrokes.Holds(ink, below, Print(below), h);
    }

    /// <summary>A boxed field prints its caption in the box's top corner and the signature goes under it: a
    /// picture starting just under the caption, before the next line of text in its column. A ruled table may
    /// give the caption a header cell of its own over the signature's cell: the picture then starts a cell's
    /// padding lower, still within a few caption heights and before any other text.</summary>
    private static bool IsSignedBelow(PageLayout layout, DocumentPage page, TextLine line, TextSegment label, double areaRight)
    {
        var h = Math.Max(label.Box.Height, 1);
        var left = Math.Max(0, label.Box.Left - h);
        var bottom = label.Box.Bottom + 8 * h;
        var next = layout.Lines
            .Where(l => l.PageNumber == line.PageNumber && l.Box.Top > label.Box.Bottom)
            .Where(l => l.Segments.Any(s => s.Box.Left < areaRight && s.Box.Right > left))
            .OrderBy(l => l.Box.Top)
            .FirstOrDefault();
        if (next is not null)
        {
            bottom = Math.Min(bottom, next.Box.Top);
        }

        var below = new PageBox(left, label.Box.Bottom, areaRight, bottom);
        return below.Height > h && page.Images.Any(i => IsSignaturePicture(page, i, h) && i.Intersects(below)
            && i.Top >= label.Box.Top && i.Top - label.Box.Bottom < 4 * h);
    }

    /// <summary>A picture taller than the caption's print (a rule or banner drawn as a picture is not); a pen
    /// stroke is ink drawn by hand however flat the signature is written, so only its width counts.</summary>
    private static bool IsSignaturePicture(DocumentPage page, PageBox picture, double captionHeight) =>
        picture.Width > 2 * captionHeight && (picture.Height > captionHeight || page.Strokes.Contains(picture) && picture.Width > 4 * captionHeight);

    private static double InkOutsideWords(IInkMap ink, DocumentPage page, PageBox area, double labelHeight)
    {
        // Recognised words (labels, dates) inside the area are printed text, not ink of a signature: if
        // they cover the area, only the rest is measured by sampling horizontal strips between them.
        var printed = page.Words
            .Where(w => w.Box.Intersects(area) && !IsSignatureText(w.Text) && !IsScribble(w, page, labelHeight))
            .Select(w => w.Box)
            .ToList();
        if (printed.Count == 0)
        {
            return ink.DarkFraction(area);
        }

        var strips = new List<PageBox>();
        var step = area.Height / 8;
        for (var y = area.Top; y + step <= area.Bottom + 0.001; y += step)
        {
            var strip = area with { Top = y, Bottom = y + step };
            if (!printed.Any(p => p.Intersects(strip)))
            {
                strips.Add(strip);
            }
        }

        return strips.Count == 0 ? 0 : strips.Max(ink.DarkFraction);
    }

    /// <summary>Words that are the value of a caption other than a signature's on their own line ("Signed by: Jane
    /// Doe", "Printed name  Jane Doe", "Signé par Jean Roy"): a name printed on the form, not a typed signature.</summary>
    private static HashSet<TextWord> CaptionedValueWords(PageLayout layout, int pageNumber)
    {
        var words = new HashSet<TextWord>();
        foreach (var line in layout.Lines.Where(l => l.PageNumber == pageNumber))
        {
            var before = new List<string>();
            var captioned = false;
            foreach (var word in line.Words)
            {
                captioned = captioned || before.Count is > 0 and <= 4 && !before.Contains("signature")
                    && (before.All(CaptionWords.Contains) || line.Words[before.Count - 1].Text.EndsWith(':'));
                if (captioned)
                {
                    words.Add(word);
                }

                before.Add(LabelKey.Of(word.Text));
            }
        }

        return words;
    }

    /// <summary>OCR's reading of a handwritten signature as "words": far taller than the printed text, or
    /// barely recognised. It is the ink being looked for, not printed text to set aside.</summary>
    private static bool IsScribble(TextWord word, DocumentPage page, double labelHeight) =>
        page.FromOcr && (word.Box.Height > 2.5 * labelHeight || word.Confidence < 0.5);

    /// <summary>Words that could be a typed signature: letters, not a caption or a date.</summary>
    private static bool IsSignatureText(string text)
    {
        var key = LabelKey.Of(text);
        if (key.Length == 0 || key.Any(char.IsDigit) && !text.Contains("/s/", StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Trim().All(c => c == '_' || c == '-' || c == '.'))
        {
            return false;
        }

        return !NotSignatureWords.Contains(key) && !StatementDateParser.FindAll(text).Any()
            && !TextFold.Fold(text).StartsWith("sign", StringComparison.Ordinal);
    }
}
