using System.Runtime.Intrinsics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Turns an 8-bit page about its centre by area mapping, bringing in white: exactly the pixels
/// of leptonica's <c>pixRotate</c> (area map, no embedding), which the tests compare, about three
/// times faster.</summary>
/// <remarks>leptonica finds each target pixel's source position in sixteenths of a pixel with single-
/// precision products, then weighs the four source pixels around it. The same products are computed
/// here eight at a time. When a small turn keeps eight neighbouring target pixels on one source row
/// pair, reading eight consecutive source pixels, which is nearly always the case when a scan is
/// levelled, their sources are plain vector loads and the weighting runs in 16-bit lanes. Any other
/// run of eight is done one pixel at a time with the same arithmetic.</remarks>
internal static unsafe class GreyRotation
{
    /// <summary>leptonica's MinAngleToRotate: smaller turns give the page back as it is.</summary>
    private const float SmallestTurn = 0.001f;

    private const int White = 255;

    public static PixHandle Turn(PixHandle grey, float radians)
    {
        ArgumentNullException.ThrowIfNull(grey);
        if (grey.Depth != 8 || Leptonica.GetColormap(grey.Pointer) != nint.Zero)
        {
            return Native(Leptonica.Rotate(grey.Pointer, radians, Leptonica.RotateAreaMap, Leptonica.BringInWhite, 0, 0));
        }

        if (Math.Abs(radians) < SmallestTurn)
        {
            return Native(Leptonica.Clone(grey.Pointer));
        }

        var (width, height) = (grey.Width, grey.Height);
        var words = Leptonica.GetWordsPerLine(grey.Pointer);
        var stride = words * 4;
        var target = Native(Leptonica.CreateNoInit(width, height, 8));
        _ = Leptonica.SetResolution(target.Pointer, grey.XResolution, grey.YResolution);

        // The source in natural pixel order, with slack after the last row for the vector loads.
        var natural = (byte*)PixBufferCache.Shared.Rent((nuint)(((long)stride * height) + 64));
        if (natural == null)
        {
            target.Dispose();
            throw new DocumentUnreadableException("no memory to level the page");
        }

        try
        {
            var sourceData = Leptonica.GetData(grey.Pointer);
            for (var y = 0; y < height; y++)
            {
                PixRowOrder.ToNaturalOrder(new ReadOnlySpan<uint>(sourceData + ((long)y * words), words), new Span<byte>(natural + ((long)y * stride), stride));
            }

            TurnRows(natural, stride, width, height, radians, Leptonica.GetData(target.Pointer), words);
        }
        catch
        {
            target.Dispose();
            throw;
        }
        finally
        {
            PixBufferCache.Shared.Return(natural);
        }

        GC.KeepAlive(grey);
        return target;
    }

    private static void TurnRows(byte* source, int stride, int width, int height, float radians, uint* targetData, int targetWords)
    {
        var (centreX, centreY) = (width / 2, height / 2);
        var (lastX, lastY) = (width - 2, height - 2);
        var sin = (float)(16.0 * Math.Sin(radians));
        var cos = (float)(16.0 * Math.Cos(radians));

        // Per column, the products leptonica forms for every pixel: -dx * cos and dx * sin.
        var padded = (width + 7) & ~7;
        var alongX = new float[padded];
        var acrossX = new float[padded];
        for (var x = 0; x < width; x++)
        {
            var dx = centreX - x;
            alongX[x] = -dx * cos;
            acrossX[x] = dx * sin;
        }

        var row = new byte[targetWords * 4];
        fixed (float* along = alongX)
        fixed (float* across = acrossX)
        fixed (byte* output = row)
        {
            for (var y = 0; y < height; y++)
            {
                var dy = centreY - y;
                var rowShift = dy * sin;
                var rowStart = -dy * cos;
                var x = 0;
                if (Vector256.IsHardwareAccelerated)
                {
                    for (; x + 8 <= width; x += 8)
                    {
                        var sixteenthsX = Vector256.ConvertToInt32(Vector256.Load(along + x) - Vector256.Create(rowShift));
                        var sixteenthsY = Vector256.ConvertToInt32(Vector256.Create(rowStart) + Vector256.Load(across + x));
                        if (!EightAlongOneRow(source, stride, sixteenthsX, sixteenthsY, centreX, centreY, lastX, lastY, output + x))
                        {
                            for (var k = 0; k < 8; k++)
                            {
                                output[x + k] = Pixel(source, stride, sixteenthsX.GetElement(k), sixteenthsY.GetElement(k), centreX, centreY, lastX, lastY);
                            }
                        }
                    }
                }

                for (; x < width; x++)
                {
                    output[x] = Pixel(source, stride, (int)(along[x] - rowShift), (int)(rowStart + across[x]), centreX, centreY, lastX, lastY);
                }

                PixRowOrder.ToWordOrder(row, new Span<uint>(targetData + ((long)y * targetWords), targetWords));
            }
        }
    }

    /// <summary>Eight target pixels whose sources are eight consecutive pixels of one row pair, inside the
    /// page; false (nothing written) otherwise. Positions (sixteenths from the centre) only grow along a
    /// row, by at most one pixel.</summary>
    private static bool EightAlongOneRow(byte* source, int stride, Vector256<int> sixteenthsX, Vector256<int> sixteenthsY, int centreX, int centreY, int lastX, int lastY, byte* output)
    {
        var firstX = centreX + (sixteenthsX.GetElement(0) >> 4);
        var firstY = centreY + (sixteenthsY.GetElement(0) >> 4);
        if (centreX + (sixteenthsX.GetElement(7) >> 4) - firstX != 7 || centreY + (sixteenthsY.GetElement(7) >> 4) != firstY
            || firstX < 0 || firstX + 7 > lastX || firstY < 0 || firstY > lastY)
        {
            return false;
        }

        var fifteen = Vector256.Create(0x0F);
        var fractionX = Vector256.Narrow(sixteenthsX & fifteen, sixteenthsX & fifteen).GetLower().AsUInt16();
        var fractionY = Vector256.Narrow(sixteenthsY & fifteen, sixteenthsY & fifteen).GetLower().AsUInt16();
        var sixteen = Vector128.Create((ushort)16);
        var restX = sixteen - fractionX;
        var restY = sixteen - fractionY;

        var above = source + ((long)firstY * stride) + firstX;
        var topLeft = Vector128.WidenLower(Vector128.Load(above));
        var topRight = Vector128.WidenLower(Vector128.Load(above + 1));
        var bottomLeft = Vector128.WidenLower(Vector128.Load(above + stride));
        var bottomRight = Vector128.WidenLower(Vector128.Load(above + stride + 1));

        // The four weights add up to 256, so the sum stays under 65536.
        var sum = (restX * restY * topLeft) + (fractionX * restY * topRight) + (restX * fractionY * bottomLeft)
            + (fractionX * fractionY * bottomRight) + Vector128.Create((ushort)128);
        var values = Vector128.Narrow(Vector128.ShiftRightLogical(sum, 8), Vector128<ushort>.Zero);
        *(ulong*)output = values.AsUInt64().ToScalar();
        return true;
    }

    /// <summary>One target pixel from its source position in sixteenths from the centre; white outside the page.</summary>
    private static byte Pixel(byte* source, int stride, int sixteenthsX, int sixteenthsY, int centreX, int centreY, int lastX, int lastY)
    {
        var x = centreX + (sixteenthsX >> 4);
        var y = centreY + (sixteenthsY >> 4);
        if (x < 0 || y < 0 || x > lastX || y > lastY)
        {
            return White;
        }

        var fractionX = sixteenthsX & 0x0F;
        var fractionY = sixteenthsY & 0x0F;
        var above = source + ((long)y * stride) + x;
        var sum = ((16 - fractionX) * (16 - fractionY) * above[0]) + (fractionX * (16 - fractionY) * above[1])
            + ((16 - fractionX) * fractionY * above[stride]) + (fractionX * fractionY * above[stride + 1]);
        return (byte)((sum + 128) / 256);
    }

    private static PixHandle Native(nint pix) =>
        PixHandle.FromNative(pix) ?? throw new DocumentUnreadableException("the page could not be levelled");
}
