namespace PortMailBot.Intake.Documents;

/// <summary>One page of a document as words with positions, whether it came from a PDF text
/// layer or from OCR. Units are the page's own; origin top-left.</summary>
public sealed record DocumentPage(int Number, double Width, double Height, IReadOnlyList<TextWord> Words)
{
    /// <summary>Where images are drawn on the page (a PDF's embedded pictures, e.g. a signature, and freehand pen
    /// strokes drawn as vector paths).</summary>
    public IReadOnlyList<PageBox> Images { get; init; } = [];

    /// <summary>Those of <see cref="Images"/> that are freehand pen strokes: ink drawn by hand, however flat.</summary>
    public IReadOnlyList<PageBox> Strokes { get; init; } = [];

    /// <summary>True when the words came from OCR.</summary>
    public bool FromOcr { get; init; }

    /// <summary>Ink of a scanned page; null for a text-layer page.</summary>
    public IInkMap? Ink { get; init; }
}
