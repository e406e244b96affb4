namespace PortMailBot.Intake.Documents;

/// <summary>A PDF page with no usable text layer, as the OCR seam hands it over: its size, the images
/// drawn on it and the file it belongs to, in types of our own so that an engine needs no PDF library.</summary>
public abstract class ScannedPdfPage
{
    /// <summary>The page's number in its file, from 1.</summary>
    public abstract int Number { get; }

    /// <summary>The page's width in points.</summary>
    public abstract double Width { get; }

    /// <summary>The page's height in points.</summary>
    public abstract double Height { get; }

    /// <summary>The whole file the page belongs to, for an engine that renders the page itself. The same
    /// memory serves every page: an engine must not copy it per page.</summary>
    public abstract ReadOnlyMemory<byte> Pdf { get; }

    /// <summary>The images drawn on the page; empty when it has none or its resources cannot be read.</summary>
    public abstract IReadOnlyList<ScannedPdfImage> Images { get; }
}
