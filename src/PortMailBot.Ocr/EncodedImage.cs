using System.Buffers.Binary;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Opens an encoded image page by page, refusing from the header alone what is too big
/// (a decompression bomb never reaches the decoder) or has too many pages.</summary>
internal static unsafe class EncodedImage
{
    /// <summary>The number of pages after checking every page's dimensions.</summary>
    public static int CountPages(ReadOnlySpan<byte> data, long maxPixels, int maxPages)
    {
        var format = Format(data);
        if (!IsTiff(format))
        {
            var (width, height) = SingleImageSize(data, format);
            CheckPixels(width, height, maxPixels, "the image");
            return 1;
        }

        var pages = 0;
        fixed (byte* pointer = data)
        {
            while (Leptonica.ReadHeaderMemTiff(pointer, (nuint)data.Length, pages, out var width, out var height, out _, out _, out _, out _, out _) == 0)
            {
                CheckPixels(width, height, maxPixels, $"TIFF page {pages + 1}");
                pages++;
                if (pages > maxPages)
                {
                    throw new DocumentUnreadableException($"the TIFF has more than {maxPages} pages");
                }
            }
        }

        return pages > 0 ? pages : throw new DocumentUnreadableException("the TIFF has no readable page");
    }

    /// <summary>Decodes page <paramref name="index"/> (0-based) after <see cref="CountPages"/> accepted the image.</summary>
    public static PixHandle DecodePage(ReadOnlySpan<byte> data, int index)
    {
        var format = Format(data);
        var tiff = IsTiff(format);
        fixed (byte* pointer = data)
        {
            var pix = tiff ? Leptonica.ReadMemTiff(pointer, (nuint)data.Length, index)
                : format == Leptonica.FormatJpeg ? ReadJpegAsGrey(pointer, data.Length)
                : Leptonica.ReadMem(pointer, (nuint)data.Length);
            return PixHandle.FromNative(pix)
                ?? throw new DocumentUnreadableException(tiff ? $"TIFF page {index + 1} could not be decoded (damaged or unsupported)" : "the image could not be decoded (damaged or unsupported)");
        }
    }

    /// <summary>A JPEG's luminance alone: OCR reads grey, and a colour photo decoded whole is four bytes a
    /// pixel (48 MB for 12 megapixels) before it is turned grey. JPEGs whose channels have no luminance
    /// (CMYK) are decoded whole.</summary>
    internal static nint ReadJpegAsGrey(byte* data, int length)
    {
        var grey = Leptonica.ReadMemJpeg(data, (nuint)length, 0, 1, out _, Leptonica.JpegReadLuminance);
        return grey != nint.Zero ? grey : Leptonica.ReadMem(data, (nuint)length);
    }

    private static int Format(ReadOnlySpan<byte> data)
    {
        if (data.Length < 16)
        {
            throw new DocumentUnreadableException("the image is empty or truncated");
        }

        int format;
        fixed (byte* pointer = data)
        {
            if (Leptonica.FindFileFormatBuffer(pointer, out format) != 0)
            {
                format = Leptonica.FormatUnknown;
            }
        }

        return format == Leptonica.FormatUnknown
            ? throw new DocumentUnreadableException("not an image format that can be read (PNG, JPEG, TIFF, GIF, BMP, PNM, WebP, JPEG 2000)")
            : format;
    }

    private static bool IsTiff(int format) => format is (>= Leptonica.FormatTiff and <= Leptonica.FormatTiffLast) or Leptonica.FormatTiffJpeg;

    private static (long Width, long Height) SingleImageSize(ReadOnlySpan<byte> data, int format)
    {
        // leptonica reads GIF and BMP "headers" by decoding the whole image; their sizes are read here instead.
        if (data[0] == 'G' && data[1] == 'I' && data[2] == 'F')
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        if (data[0] == 'B' && data[1] == 'M' && data.Length >= 26)
        {
            return (Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(data[18..])), Math.Abs((long)BinaryPrimitives.ReadInt32LittleEndian(data[22..])));
        }

        fixed (byte* pointer = data)
        {
            if (Leptonica.ReadHeaderMem(pointer, (nuint)data.Length, out _, out var width, out var height, out _, out _, out _) != 0)
            {
                throw new DocumentUnreadableException($"the image header cannot be read (format {format}; damaged or unsupported)");
            }

            return (width, height);
        }
    }

    private static void CheckPixels(long width, long height, long maxPixels, string what)
    {
        if (width <= 0 || height <= 0)
        {
            throw new DocumentUnreadableException($"{what} has no pixels ({width}x{height})");
        }

        if (width * height > maxPixels)
        {
            throw new DocumentUnreadableException($"{what} is {width}x{height} pixels, more than the {maxPixels} allowed");
        }
    }
}
