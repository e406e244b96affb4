using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>The rows of an 8-bit grey image as bytes, copied out of a PIX (whose 32-bit words
/// hold their pixels most significant byte first).</summary>
internal sealed class GreyRows
{
    private readonly byte[] _pixels;

    private GreyRows(byte[] pixels, int width, int height)
    {
        _pixels = pixels;
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Row(int y) => _pixels.AsSpan(y * Width, Width);

    /// <summary>Every pixel, row after row.</summary>
    public ReadOnlySpan<byte> All => _pixels;

    public static unsafe GreyRows FromPix(PixHandle pix)
    {
        if (pix.Depth != 8)
        {
            throw new ArgumentException("an 8-bit grey image is expected", nameof(pix));
        }

        var width = pix.Width;
        var height = pix.Height;
        var pixels = GC.AllocateUninitializedArray<byte>(width * height);
        var data = (byte*)Leptonica.GetData(pix.Pointer);
        var rowBytes = Leptonica.GetWordsPerLine(pix.Pointer) * 4;
        for (var y = 0; y < height; y++)
        {
            var source = data + ((long)y * rowBytes);
            var destination = pixels.AsSpan(y * width, width);
            if (BitConverter.IsLittleEndian)
            {
                for (var x = 0; x < width; x++)
                {
                    destination[x] = source[x ^ 3];
                }
            }
            else
            {
                new ReadOnlySpan<byte>(source, width).CopyTo(destination);
            }
        }

        GC.KeepAlive(pix);
        return new GreyRows(pixels, width, height);
    }

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
