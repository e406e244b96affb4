using System.Buffers.Binary;

namespace PortMailBot.Intake.Documents;

/// <summary>An image's pixel size read from its header alone (PNG, JPEG, GIF, BMP), without decoding it.</summary>
public static class ImageHeader
{
    /// <summary>How many JPEG segments are walked before giving up on finding the frame header.</summary>
    private const int MaxJpegSegments = 512;

    /// <summary>Width and height in pixels, or null when the format is another one or the header is cut short.</summary>
    public static (int Width, int Height)? Dimensions(ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (data.Length >= 24 && data[..8].SequenceEqual(png) && data.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return Positive(BinaryPrimitives.ReadInt32BigEndian(data.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(data.Slice(20, 4)));
        }

        if (data.Length >= 10 && (data[..6].SequenceEqual("GIF87a"u8) || data[..6].SequenceEqual("GIF89a"u8)))
        {
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(6, 2)), BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(8, 2)));
        }

        if (data.Length >= 26 && data[0] == 'B' && data[1] == 'M')
        {
            return Positive(BinaryPrimitives.ReadInt32LittleEndian(data.Slice(18, 4)), Math.Abs(BinaryPrimitives.ReadInt32LittleEndian(data.Slice(22, 4))));
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? JpegDimensions(data) : null;
    }

    private static (int, int)? JpegDimensions(ReadOnlySpan<byte> data)
    {
        var position = 2;
        for (var segment = 0; segment < MaxJpegSegments && position + 4 <= data.Length; segment++)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                position += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 2, 2));
            // Start-of-frame markers (C0..CF except DHT C4, JPG C8, DAC CC) carry the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return position + 9 <= data.Length
                    ? Positive(BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 7, 2)), BinaryPrimitives.ReadUInt16BigEndian(data.Slice(position + 5, 2)))
                    : null;
            }

            if (length < 2)
            {
                return null;
            }

            position += 2 + length;
        }

        return null;
    }

    private static (int, int)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
