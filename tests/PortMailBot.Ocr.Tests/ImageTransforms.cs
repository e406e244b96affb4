using PortMailBot.Ocr.Native;
using PortMailBot.TestData;

namespace PortMailBot.Ocr.Tests;

/// <summary>Makes test inputs with leptonica itself: a scanned page turned, scaled, re-encoded.</summary>
internal static unsafe class ImageTransforms
{
    public static byte[] TurnedPng(byte[] encoded, int degrees)
    {
        using var decoded = Decode(encoded);
        using var turned = PagePreparation.Rotate(decoded, degrees);
        return Png(turned);
    }

    /// <summary>The page at <paramref name="factor"/> of its size, stating <paramref name="dpi"/>.</summary>
    public static byte[] ScaledPng(byte[] encoded, float factor, int dpi)
    {
        using var decoded = Decode(encoded);
        using var grey = PagePreparation.ToSquareGrey(decoded);
        using var scaled = PixHandle.FromNative(Leptonica.Scale(grey.Pointer, factor, factor))!;
        _ = Leptonica.SetResolution(scaled.Pointer, dpi, dpi);
        return Png(scaled);
    }

    /// <summary>The page as a colour (3-channel) JPEG, the way a phone sends a photo.</summary>
    public static byte[] ColourJpeg(byte[] encoded)
    {
        using var decoded = Decode(encoded);
        using var colour = PixHandle.FromNative(Leptonica.ConvertTo32(decoded.Pointer))!;
        return Encode(colour, Leptonica.FormatJpeg);
    }

    /// <summary>The page as a bad office scan makes it: <paramref name="dpi"/> instead of the page's
    /// <paramref name="sourceDpi"/>, turned <paramref name="degrees"/>, faded to ink at
    /// <paramref name="inkLevel"/> on paper at <paramref name="paperLevel"/>, saved as a JPEG of
    /// <paramref name="quality"/>.</summary>
    public static byte[] HardScanJpeg(byte[] encoded, int sourceDpi, int dpi, double degrees, int inkLevel, int paperLevel, int quality)
    {
        using var decoded = Decode(encoded);
        using var grey = PagePreparation.ToSquareGrey(decoded);
        var factor = (float)dpi / sourceDpi;
        using var scaled = PixHandle.FromNative(Leptonica.Scale(grey.Pointer, factor, factor))!;
        using var turned = PixHandle.FromNative(Leptonica.Rotate(scaled.Pointer, (float)(degrees * Math.PI / 180), Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0))!;
        // Black to inkLevel and white to paperLevel: the input levels mapping to 0 and 255 lie outside 0-255.
        var slope = (paperLevel - inkLevel) / 255.0;
        var black = (int)Math.Round(-inkLevel / slope);
        var white = (int)Math.Round((255 - inkLevel) / slope);
        _ = Leptonica.GammaTrc(turned.Pointer, turned.Pointer, 1f, black, white);
        _ = Leptonica.SetResolution(turned.Pointer, dpi, dpi);
        if (Leptonica.WriteMemJpeg(out var buffer, out var size, turned.Pointer, quality, 0) != 0)
        {
            throw new InvalidOperationException("leptonica could not encode the image");
        }

        try
        {
            return new ReadOnlySpan<byte>((void*)buffer, checked((int)size)).ToArray();
        }
        finally
        {
            Leptonica.Free(buffer);
        }
    }

    /// <summary>The page (a faded copy: ink at <paramref name="inkLevel"/>, paper at <paramref name="paperLevel"/>)
    /// as a phone photo makes it: <paramref name="dpi"/> instead of <paramref name="sourceDpi"/>, lit from one side (<paramref name="lightFrom"/>: "left", "right", "top" or "bottom"), the far side's
    /// paper and ink dimmed to <paramref name="farLight"/> of their level, a dark table around the sheet,
    /// saved as a JPEG of <paramref name="quality"/>.</summary>
    public static byte[] PhotoJpeg(byte[] encoded, int sourceDpi, int dpi, (int Ink, int Paper) levels, string lightFrom, double farLight, int quality)
    {
        using var decoded = Decode(encoded);
        using var grey = PagePreparation.ToSquareGrey(decoded);
        var factor = (float)dpi / sourceDpi;
        using var photo = PixHandle.FromNative(Leptonica.Scale(grey.Pointer, factor, factor))!;
        var slope = (levels.Paper - levels.Ink) / 255.0;
        _ = Leptonica.GammaTrc(photo.Pointer, photo.Pointer, 1f, (int)Math.Round(-levels.Ink / slope), (int)Math.Round((255 - levels.Ink) / slope));
        var pixels = GreyRows.Of(photo, nameof(encoded));
        var (width, height) = (pixels.Width, pixels.Height);
        var (marginX, marginY) = (width / 16, height / 16);
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Data + ((long)y * pixels.RowBytes);
            for (var x = 0; x < width; x++)
            {
                var away = lightFrom switch
                {
                    "left" => (double)x / width,
                    "right" => 1.0 - ((double)x / width),
                    "top" => (double)y / height,
                    _ => 1.0 - ((double)y / height),
                };
                var table = x < marginX || x >= width - marginX || y < marginY || y >= height - marginY;
                row[x ^ 3] = table ? (byte)30 : (byte)Math.Round(row[x ^ 3] * (1.0 - ((1.0 - farLight) * away)));
            }
        }

        _ = Leptonica.SetResolution(photo.Pointer, dpi, dpi);
        if (Leptonica.WriteMemJpeg(out var buffer, out var size, photo.Pointer, quality, 0) != 0)
        {
            throw new InvalidOperationException("leptonica could not encode the image");
        }

        try
        {
            return new ReadOnlySpan<byte>((void*)buffer, checked((int)size)).ToArray();
        }
        finally
        {
            Leptonica.Free(buffer);
        }
    }

    /// <summary>The page as an 8-bit colormapped PNG (a palette of greys), as some scanners save.</summary>
    public static byte[] ColormappedPng(byte[] encoded, int dpi)
    {
        using var decoded = Decode(encoded);
        using var grey = PagePreparation.ToSquareGrey(decoded);
        var width = grey.Width;
        var height = grey.Height;
        var wordsPerLine = Leptonica.GetWordsPerLine(grey.Pointer);
        var data = Leptonica.GetData(grey.Pointer);
        var rows = new byte[width * height];
        var row = new byte[wordsPerLine * 4];
        for (var y = 0; y < height; y++)
        {
            PixRowOrder.ToNaturalOrder(new ReadOnlySpan<uint>(data + (y * wordsPerLine), wordsPerLine), row);
            row.AsSpan(0, width).CopyTo(rows.AsSpan(y * width));
        }

        return PngFiles.Colormapped(rows, width, height, dpi);
    }

    public static bool IsColormapped(byte[] encoded)
    {
        fixed (byte* data = encoded)
        {
            return Leptonica.ReadHeaderMem(data, (nuint)encoded.Length, out _, out _, out _, out _, out _, out var colormapped) == 0 && colormapped != 0;
        }
    }

    private static PixHandle Decode(byte[] encoded)
    {
        fixed (byte* data = encoded)
        {
            return PixHandle.FromNative(Leptonica.ReadMem(data, (nuint)encoded.Length)) ?? throw new InvalidOperationException("not an image");
        }
    }

    private static byte[] Png(PixHandle pix) => Encode(pix, Leptonica.FormatPng);

    private static byte[] Encode(PixHandle pix, int format)
    {
        if (Leptonica.WriteMem(out var buffer, out var size, pix.Pointer, format) != 0)
        {
            throw new InvalidOperationException("leptonica could not encode the image");
        }

        try
        {
            return new ReadOnlySpan<byte>((void*)buffer, checked((int)size)).ToArray();
        }
        finally
        {
            Leptonica.Free(buffer);
        }
    }
}
