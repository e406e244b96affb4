using PortMailBot.Intake.Documents;

namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Builds a page by hand: each call writes a line of segments at a given height, words 6 units per
/// character wide and 10 high, so tests can lay out forms without a PDF.</summary>
internal sealed class PageBuilder(double width = 612, double height = 792)
{
    private readonly List<TextWord> _words = [];
    private readonly List<PageBox> _images = [];
    private readonly List<PageBox> _strokes = [];

    public PageBuilder Line(double top, params (double Left, string Text)[] segments)
    {
        foreach (var (left, text) in segments)
        {
            var x = left;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = word.Length * 6.0;
                _words.Add(new TextWord(word, new PageBox(x, top, x + w, top + 10)));
                x += w + 3;
            }
        }

        return this;
    }

    /// <summary>A line printed at another size: words <paramref name="size"/> high and 0.6 of it wide per
    /// character, as a form's small captions beside its larger values.</summary>
    public PageBuilder SizedLine(double top, double size, params (double Left, string Text)[] segments)
    {
        foreach (var (left, text) in segments)
        {
            var x = left;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = word.Length * 0.6 * size;
                _words.Add(new TextWord(word, new PageBox(x, top, x + w, top + size)));
                x += w + (0.3 * size);
            }
        }

        return this;
    }

    /// <summary>One word placed and scored by hand, as OCR may give it (a speck, a signature read as text).</summary>
    public PageBuilder Word(string text, PageBox box, double confidence)
    {
        _words.Add(new TextWord(text, box, confidence));
        return this;
    }

    public PageBuilder Image(PageBox box)
    {
        _images.Add(box);
        return this;
    }

    /// <summary>A freehand pen stroke (a signature drawn as vector curves): placed as a picture is.</summary>
    public PageBuilder Stroke(PageBox box)
    {
        _images.Add(box);
        _strokes.Add(box);
        return this;
    }

    public DocumentPage Build(int number = 1, bool fromOcr = false, IInkMap? ink = null) =>
        new(number, width, height, _words.ToList()) { Images = _images.ToList(), Strokes = _strokes.ToList(), FromOcr = fromOcr, Ink = ink };
}
