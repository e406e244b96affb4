using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>The rows of an 8-bit grey PIX, read in place: where they start, the page's size and the bytes
/// from one row to the next (rows are padded to whole 32-bit words).</summary>
internal readonly unsafe struct GreyRows
{
    private GreyRows(byte* data, int width, int height, int rowBytes)
    {
        Data = data;
        Width = width;
        Height = height;
        RowBytes = rowBytes;
    }

    public byte* Data { get; }

    public int Width { get; }

    public int Height { get; }

    public int RowBytes { get; }

    /// <exception cref="ArgumentException">The image is not 8-bit grey.</exception>
    public static GreyRows Of(PixHandle pix, string parameterName)
    {
        if (pix.Depth != 8)
        {
            throw new ArgumentException("an 8-bit grey image is expected", parameterName);
        }

        return new GreyRows((byte*)Leptonica.GetData(pix.Pointer), pix.Width, pix.Height, Leptonica.GetWordsPerLine(pix.Pointer) * 4);
    }
}
