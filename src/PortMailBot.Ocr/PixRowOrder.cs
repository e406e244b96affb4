using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PortMailBot.Ocr;

/// <summary>An 8-bit PIX row keeps its pixels in 32-bit words, most significant byte first, so on a
/// little-endian machine pixel x is byte x ^ 3. Code that reads pixels as runs turns a row around once
/// into natural order, and back once when writing.</summary>
internal static class PixRowOrder
{
    public static void ToNaturalOrder(ReadOnlySpan<uint> words, Span<byte> row)
    {
        var natural = MemoryMarshal.Cast<byte, uint>(row);
        if (BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(words, natural);
        }
        else
        {
            words.CopyTo(natural);
        }
    }

    public static void ToWordOrder(ReadOnlySpan<byte> row, Span<uint> words)
    {
        var natural = MemoryMarshal.Cast<byte, uint>(row);
        if (BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(natural, words);
        }
        else
        {
            natural.CopyTo(words);
        }
    }
}
