using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Documents.Fields;

/// <summary>Words that sit on one visual line, left to right, cut into segments where a wide gap
/// separates them (a label and its value, or two columns).</summary>
internal sealed record TextLine(int PageNumber, IReadOnlyList<TextWord> Words, IReadOnlyList<TextSegment> Segments)
{
    public PageBox Box { get; } = Words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));

    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public string Folded { get; } = TextFold.Fold(string.Join(' ', Words.Select(w => w.Text)));
}

/// <summary>A run of words on a line with no wide gap inside.</summary>
internal sealed record TextSegment(IReadOnlyList<TextWord> Words)
{
    public PageBox Box { get; } = Words.Select(w => w.Box).Aggregate((a, b) => a.Union(b));

    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public string Folded { get; } = TextFold.Fold(string.Join(' ', Words.Select(w => w.Text)));
}
