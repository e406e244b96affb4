using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Copies 8-bit grey samples into a PIX, whose 32-bit words hold their pixels most
/// significant byte first.</summary>
internal static class GreyPix
{
    /// <summary>An 8-bit grey PIX from rows of bytes (a PDF's decoded DeviceGray samples).</summary>
    public static unsafe PixHandle ToPix(ReadOnlySpan<byte> samples, int width, int height)
    {
        var pix = PixHandle.FromNative(Leptonica.Create(width, height, 8))
            ?? throw new InvalidOperationException("leptonica could not allocate the page image");
        var data = (byte*)Leptonica.GetData(pix.Pointer);
        var rowBytes = Leptonica.GetWordsPerLine(pix.Pointer) * 4;
        for (var y = 0; y < height; y++)
        {
            var source = samples.Slice(y * width, width);
            var destination = data + ((long)y * rowBytes);
            if (BitConverter.IsLittleEndian)
            {
                for (var x = 0; x < width; x++)
                {
                    destination[x ^ 3] = source[x];
                }
            }
            else
            {
                source.CopyTo(new Span<byte>(destination, width));
            }
        }

        return pix;
    }
}
