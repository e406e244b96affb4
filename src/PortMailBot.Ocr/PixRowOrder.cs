using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace PortMailBot.Ocr;

/// <summary>An 8-bit PIX row keeps its pixels in 32-bit words, most significant byte first, so on a
/// little-endian machine pixel x is byte x ^ 3. Code that reads pixels as runs turns a row around once
/// into natural order, and back once when writing.</summary>
internal static class PixRowOrder
{
    public static void ToNaturalOrder(ReadOnlySpan<uint> words, Span<byte> row) =>
        Swap(words, MemoryMarshal.Cast<byte, uint>(row));

    public static void ToWordOrder(ReadOnlySpan<byte> row, Span<uint> words) =>
        Swap(MemoryMarshal.Cast<byte, uint>(row), words);

    /// <summary>The same turn both ways: each word's bytes reversed (on a big-endian machine, a plain copy).</summary>
    private static void Swap(ReadOnlySpan<uint> from, Span<uint> to)
    {
        if (BitConverter.IsLittleEndian)
        {
            BinaryPrimitives.ReverseEndianness(from, to);
        }
        else
        {
            from.CopyTo(to);
        }
    }
}
