namespace PortMailBot.Intake.Documents;

/// <summary>One image drawn on a <see cref="ScannedPdfPage"/>: where it is drawn and its pixels, read on demand
/// because decoding a large scan costs time that an image not chosen for reading should not.</summary>
public abstract class ScannedPdfImage
{
    /// <summary>Where the image is drawn, in points with a top-left origin.</summary>
    public abstract PageBox Box { get; }

    /// <summary>The drawn width in points along the image's own axis (positive, also for a turned image).</summary>
    public abstract double DrawnWidth { get; }

    /// <summary>The drawn height in points along the image's own axis (positive, also for a turned image).</summary>
    public abstract double DrawnHeight { get; }

    /// <summary>The image's width in pixels.</summary>
    public abstract int WidthInSamples { get; }

    /// <summary>The image's height in pixels.</summary>
    public abstract int HeightInSamples { get; }

    /// <summary>The image's pixels; null when they cannot be had as they should look (an inverted JPEG, an
    /// unsupported filter, damaged data): the page is then to be rendered whole.</summary>
    public abstract ScannedImageData? Read();
}
