namespace PortMailBot.Intake.Documents;

/// <summary>One word on a page. <paramref name="Confidence"/> is 1 for a PDF text layer and
/// the engine's confidence (0..1) for OCR.</summary>
public sealed record TextWord(string Text, PageBox Box, double Confidence = 1.0, string? FontName = null)
{
    /// <summary>The text layer gave this word glued to the one before it, and the glyphs show another field starts
    /// here (a long caption run into its value): the two are never one segment, however close they stand.</summary>
    public bool CutFromWordBefore { get; init; }
}
