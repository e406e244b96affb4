using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PortMailBot.Intake.Documents.Pdf;

/// <summary>A caption too long for its form's caption column runs into the value printed in the next column, and the
/// text layer gives the two as one word ("provided4065", "representativeThierry"): caption and value are lost
/// together. The glyphs show where the value starts: there the text changes from a letter to a digit or from a small
/// letter to a capital, and the glyph either starts before the one before it ends (two pieces of text printed over
/// each other) or starts exactly where words of other lines start their column.</summary>
internal static class GluedCaptions
{
    /// <summary>How far (in font sizes) a glyph must start inside the one before it to be printed over it: kerning
    /// moves a glyph back by less.</summary>
    private const double Collision = 0.1;

    /// <summary>How close (in page units) another line's word must start to share the column's edge.</summary>
    private const double EdgeTolerance = 1.0;

    /// <summary>How many other lines must start a word at the edge for it to be a column's.</summary>
    private const int AlignedLines = 2;

    /// <summary>The page's words with every caption glued to its value cut in two, in order.</summary>
    public static IReadOnlyList<(string Text, PdfRectangle Box, string? FontName, bool Cut)> Split(IReadOnlyList<Word> words)
    {
        var result = new List<(string, PdfRectangle, string?, bool)>(words.Count);
        foreach (var word in words)
        {
            var cut = CutIndex(word, words);
            if (cut <= 0)
            {
                result.Add((word.Text, PdfPageReader.BoxOf(word), FontOf(word.Letters, 0), false));
                continue;
            }

            result.Add(Piece(word, 0, cut));
            result.Add(Piece(word, cut, word.Letters.Count));
        }

        return result;
    }

    private static int CutIndex(Word word, IReadOnlyList<Word> words)
    {
        var letters = word.Letters;
        if (letters.Count < 4 || string.Concat(letters.Select(l => l.Value)) != word.Text || Overprinted(word, words))
        {
            return -1;
        }

        // The caption's word is a word of letters, three at least: a code mixing letters and digits (a postal code
        // "K7J1V0", an account "A123456") is no caption running into a value.
        for (var i = 1; i < letters.Count; i++)
        {
            if (!IsLetter(letters[i - 1]))
            {
                return -1;
            }

            if (i < 3)
            {
                continue;
            }

            if (!StartsValue(letters[i - 1].Value, letters[i].Value) || !Level(letters, 0, i) || !Level(letters, i, letters.Count))
            {
                continue;
            }

            var previous = letters[i - 1];
            var current = letters[i];
            var size = Math.Max(1, current.PointSize);
            var collides = current.StartBaseLine.X < previous.EndBaseLine.X - (Collision * size);
            if (collides || AlignedElsewhere(current.StartBaseLine.X, word, words))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the letters from <paramref name="start"/> to <paramref name="end"/> follow each other as one
    /// printed run does, none starting inside the one before: two texts printed over each other along their whole
    /// length interleave their glyphs, and no cut gives either back.</summary>
    private static bool Level(IReadOnlyList<Letter> letters, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (letters[i].StartBaseLine.X < letters[i - 1].EndBaseLine.X - (Collision * Math.Max(1, letters[i].PointSize)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word of the line interleaves the glyphs of two texts printed over each other ("i7s5", several
    /// glyphs starting inside the one before): then
    /// the caption runs over the value along its length, and no cut of a word gives the value back.</summary>
    private static bool Overprinted(Word word, IReadOnlyList<Word> words)
    {
        var box = word.BoundingBox;
        var height = Math.Max(1, box.Height);
        return words.Any(w => Math.Abs(w.BoundingBox.Bottom - box.Bottom) < 0.5 * height && Collisions(w.Letters) > 1);
    }

    /// <summary>How many glyphs of the word start inside the one before them (a caption run into its value: one).</summary>
    private static int Collisions(IReadOnlyList<Letter> letters) =>
        Enumerable.Range(1, Math.Max(0, letters.Count - 1)).Count(i => !Level(letters, i - 1, i + 1));

    private static bool IsLetter(Letter letter) => letter.Value.Length == 1 && char.IsLetter(letter.Value[0]);

    private static bool StartsValue(string before, string after) =>
        before.Length == 1 && after.Length == 1 && char.IsLetter(before[0])
            && (char.IsDigit(after[0]) || char.IsLower(before[0]) && char.IsUpper(after[0]));

    /// <summary>Whether words on at least two other lines start at <paramref name="x"/>.</summary>
    private static bool AlignedElsewhere(double x, Word word, IReadOnlyList<Word> words)
    {
        var height = Math.Max(1, word.BoundingBox.Height);
        var lines = new List<double>();
        foreach (var other in words)
        {
            var y = other.BoundingBox.Bottom;
            if (ReferenceEquals(other, word) || Math.Abs(y - word.BoundingBox.Bottom) < height
                || Math.Abs(other.BoundingBox.Left - x) > EdgeTolerance || lines.Any(l => Math.Abs(l - y) < 0.5 * height)
                || !StartsColumn(other, words))
            {
                continue;
            }

            lines.Add(y);
            if (lines.Count >= AlignedLines)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether nothing on the word's line ends within two of its heights before it: it starts a column, it
    /// does not go on a sentence.</summary>
    private static bool StartsColumn(Word word, IReadOnlyList<Word> words)
    {
        var box = word.BoundingBox;
        var height = Math.Max(1, box.Height);
        return !words.Any(w => !ReferenceEquals(w, word) && Math.Abs(w.BoundingBox.Bottom - box.Bottom) < 0.5 * height
            && w.BoundingBox.Right <= box.Left + 0.5 && w.BoundingBox.Right > box.Left - (2 * height));
    }

    private static (string Text, PdfRectangle Box, string? FontName, bool Cut) Piece(Word word, int start, int end)
    {
        var letters = word.Letters.Skip(start).Take(end - start).ToList();
        var left = letters.Min(l => Math.Min(l.BoundingBox.Left, l.StartBaseLine.X));
        var right = letters.Max(l => Math.Max(l.BoundingBox.Right, l.EndBaseLine.X));
        var box = PdfPageReader.BoxOf(word);
        var piece = new PdfRectangle(left, box.Bottom, right, box.Top);
        return (string.Concat(letters.Select(l => l.Value)), piece, FontOf(word.Letters, start), start > 0);
    }

    private static string? FontOf(IReadOnlyList<Letter> letters, int index) => letters.Count > index ? letters[index].FontName : null;
}
