using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PortMailBot.TestData;

/// <summary>Hand-made PNG files for the bounds tests, shared by the test projects (linked, not copied).</summary>
internal static class PngFiles
{
    /// <summary>A PNG whose header declares <paramref name="width"/>x<paramref name="height"/> grey pixels
    /// and which holds almost nothing: a decompression bomb's header.</summary>
    public static byte[] Claiming(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // grey
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>An 8-bit colormapped (palette) PNG of the grey <paramref name="rows"/> (<paramref name="width"/>
    /// bytes each), with a palette of the 256 greys and its resolution stated in dots per inch.</summary>
    public static byte[] Colormapped(byte[] rows, int width, int height, int dpi)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 3; // palette
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "PLTE", Enumerable.Range(0, 256).SelectMany(g => new[] { (byte)g, (byte)g, (byte)g }).ToArray());
        var physical = new byte[9];
        var perMetre = (int)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteInt32BigEndian(physical, perMetre);
        BinaryPrimitives.WriteInt32BigEndian(physical.AsSpan(4), perMetre);
        physical[8] = 1; // metres
        WriteChunk(png, "pHYs", physical);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                for (var y = 0; y < height; y++)
                {
                    zlib.WriteByte(0); // no filter
                    zlib.Write(rows, y * width, width);
                }
            }

            WriteChunk(png, "IDAT", compressed.ToArray());
        }

        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>PNG's CRC-32 (polynomial 0xEDB88320), so the header passes libpng's checks.</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
