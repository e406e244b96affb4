namespace PortMailBot.Intake.Documents;

/// <summary>The pixels of a <see cref="ScannedPdfImage"/>, in one of the forms of <see cref="ScannedImageFormat"/>.</summary>
public sealed record ScannedImageData(ScannedImageFormat Format, ReadOnlyMemory<byte> Bytes);

/// <summary>How the bytes of a <see cref="ScannedImageData"/> are to be read.</summary>
public enum ScannedImageFormat
{
    /// <summary>A JPEG file's bytes, as embedded in the PDF.</summary>
    Jpeg,

    /// <summary>Another encoded image file (JPEG 2000, PNG).</summary>
    Encoded,

    /// <summary>Raw 8-bit grey samples, row after row, at least width × height bytes.</summary>
    GreySamples,
}
