namespace PortMailBot.Intake.Documents.Fields;

/// <summary>On a poor scan the OCR sometimes reads one printed word twice, as two boxes lying over each other:
/// the whole word and a piece of it ("Okonkwo" and "kw"), or its front and its back ("Ludivi" and "udivine").
/// Left as they are, the line says "Ludivi udivine Okonkwo kw" and the name looks different from the request's.
/// Two words of one line can only overlap this much when they are two readings of the same ink: they are made
/// one again.</summary>
internal static class OverlappingReadings
{
    /// <summary>Two boxes overlapping over more than this share of the narrower one's width read the same ink;
    /// neighbouring words of a tight line touch, they do not cover each other.</summary>
    private const double SameInkShare = 0.5;

    /// <summary>A shared piece shorter than this proves nothing: one letter appears in most words.</summary>
    private const int MinimumSharedCharacters = 2;

    public static List<TextWord> Merge(List<TextWord> line)
    {
        if (line.Count < 2)
        {
            return line;
        }

        var words = line.OrderBy(w => w.Box.Left).ToList();
        var merged = new List<TextWord> { words[0] };
        for (var i = 1; i < words.Count; i++)
        {
            var left = merged[^1];
            var right = words[i];
            var joined = SameInk(left, right) ? Join(left, right) : null;
            if (joined is null)
            {
                merged.Add(right);
            }
            else
            {
                merged[^1] = joined;
            }
        }

        return merged;
    }

    private static bool SameInk(TextWord a, TextWord b)
    {
        var overlap = Math.Min(a.Box.Right, b.Box.Right) - Math.Max(a.Box.Left, b.Box.Left);
        var narrower = Math.Min(a.Box.Width, b.Box.Width);
        return narrower > 0 && overlap > SameInkShare * narrower;
    }

    /// <summary>The one word both readings stand for, or null when their letters do not tell the same word.</summary>
    private static TextWord? Join(TextWord left, TextWord right)
    {
        var box = left.Box.Union(right.Box);
        var confidence = Math.Min(left.Confidence, right.Confidence);
        if (Contains(left.Text, right.Text))
        {
            return left with { Box = box, Confidence = confidence };
        }

        if (Contains(right.Text, left.Text))
        {
            return right with { Box = box, Confidence = confidence };
        }

        var shared = SharedEnd(left.Text, right.Text);
        return shared == 0
            ? null
            : left with { Text = string.Concat(left.Text, right.Text.AsSpan(shared)), Box = box, Confidence = confidence };
    }

    private static bool Contains(string whole, string piece) =>
        Significant(piece) >= MinimumSharedCharacters && whole.Contains(piece, StringComparison.OrdinalIgnoreCase);

    /// <summary>The length of the longest end of <paramref name="left"/> that <paramref name="right"/> begins
    /// with, when it holds enough letters or digits to tell; else 0.</summary>
    private static int SharedEnd(string left, string right)
    {
        for (var length = Math.Min(left.Length, right.Length) - 1; length >= MinimumSharedCharacters; length--)
        {
            var end = left.AsSpan(left.Length - length);
            if (end.Equals(right.AsSpan(0, length), StringComparison.OrdinalIgnoreCase) &&
                Significant(end) >= MinimumSharedCharacters)
            {
                return length;
            }
        }

        return 0;
    }

    private static int Significant(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
