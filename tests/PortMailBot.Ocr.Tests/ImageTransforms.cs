using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr.Tests;

/// <summary>Makes test inputs with leptonica itself: a sample page turned, re-encoded as PNG.</summary>
internal static unsafe class ImageTransforms
{
    public static byte[] TurnedPng(byte[] encoded, int degrees)
    {
        PixHandle? decoded;
        fixed (byte* data = encoded)
        {
            decoded = PixHandle.FromNative(Leptonica.ReadMem(data, (nuint)encoded.Length));
        }

        using (decoded)
        using (var turned = PagePreparation.Rotate(decoded!, degrees))
        {
            if (Leptonica.WriteMem(out var buffer, out var size, turned.Pointer, Leptonica.FormatPng) != 0)
            {
                throw new InvalidOperationException("leptonica could not encode the PNG");
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
}
