using System.Runtime.Intrinsics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Enlarges an 8-bit page by linear interpolation: for the factors it takes, exactly the pixels
/// leptonica's <c>pixScale</c> gives (the tests compare them), about four times faster.</summary>
/// <remarks>leptonica weighs the four source pixels around each target pixel in sixteenths. That
/// weighting separates: each source row is interpolated along itself once (most are used by two target
/// rows), and each target row is then two such rows blended, sixteen pixels at a time. The integer
/// arithmetic is the same, so the result is the same to the bit; below 1.4 leptonica also sharpens,
/// and at exactly 2 and 4 it has its own paths, so those factors are left to it.</remarks>
internal static unsafe class GreyUpscaling
{
    /// <summary>Below this leptonica sharpens after scaling; compared in double precision, as its C does.</summary>
    private const double SmallestFactor = 1.4;

    public static PixHandle Scale(PixHandle grey, float factor)
    {
        ArgumentNullException.ThrowIfNull(grey);
        if (grey.Depth != 8 || Leptonica.GetColormap(grey.Pointer) != nint.Zero || (double)factor < SmallestFactor || factor == 2f || factor == 4f)
        {
            return Native(Leptonica.Scale(grey.Pointer, factor, factor));
        }

        var (width, height) = (grey.Width, grey.Height);

        // As leptonica computes them: sizes rounded from single precision, steps in sixteenths of a pixel.
        var targetWidth = (int)((double)(factor * width) + 0.5);
        var targetHeight = (int)((double)(factor * height) + 0.5);
        var stepX = (float)(16.0 * (float)width / (float)targetWidth);
        var stepY = (float)(16.0 * (float)height / (float)targetHeight);
        var target = Native(Leptonica.CreateNoInit(targetWidth, targetHeight, 8));
        _ = Leptonica.SetResolution(target.Pointer, (int)((grey.XResolution * factor) + 0.5), (int)((grey.YResolution * factor) + 0.5));

        try
        {
            Resample(grey, target, stepX, stepY);
        }
        catch
        {
            target.Dispose();
            throw;
        }

        GC.KeepAlive(grey);
        return target;
    }

    /// <summary>Each target row from the two source rows around it, each source row interpolated once.</summary>
    private static void Resample(PixHandle grey, PixHandle target, float stepX, float stepY)
    {
        var (width, height) = (grey.Width, grey.Height);
        var (targetWidth, targetHeight) = (target.Width, target.Height);
        var columns = new int[targetWidth];
        var fractions = new ushort[targetWidth];
        for (var x = 0; x < targetWidth; x++)
        {
            var position = (int)(stepX * x);
            columns[x] = position >> 4;
            fractions[x] = (ushort)(position & 0x0F);
        }

        var sourceWords = Leptonica.GetWordsPerLine(grey.Pointer);
        var targetWords = Leptonica.GetWordsPerLine(target.Pointer);
        var sourceData = Leptonica.GetData(grey.Pointer);
        var targetData = Leptonica.GetData(target.Pointer);
        var sourceRow = new byte[sourceWords * 4];
        var targetRow = new byte[targetWords * 4];
        var upper = new InterpolatedRow(targetWidth);
        var lower = new InterpolatedRow(targetWidth);
        for (var y = 0; y < targetHeight; y++)
        {
            var position = (int)(stepY * y);
            var row = position >> 4;
            var weight = position & 0x0F;
            var top = Interpolated(row, ref upper, ref lower);
            var bottom = row > height - 2 ? top : Interpolated(row + 1, ref lower, ref upper);
            Blend(top.Values, bottom.Values, weight, targetRow, targetWidth);
            PixRowOrder.ToWordOrder(targetRow, new Span<uint>(targetData + ((long)y * targetWords), targetWords));
        }

        // A source row interpolated along itself, reusing whichever of the two buffers already holds it.
        InterpolatedRow Interpolated(int sourceY, ref InterpolatedRow preferred, ref InterpolatedRow other)
        {
            if (preferred.SourceRow == sourceY)
            {
                return preferred;
            }

            if (other.SourceRow == sourceY)
            {
                (preferred, other) = (other, preferred);
                return preferred;
            }

            PixRowOrder.ToNaturalOrder(new ReadOnlySpan<uint>(sourceData + ((long)sourceY * sourceWords), sourceWords), sourceRow);
            AlongRow(sourceRow, width, columns, fractions, preferred.Values);
            preferred.SourceRow = sourceY;
            return preferred;
        }
    }

    /// <summary>Sixteenths: value = (16 - f) * left + f * right, the right neighbour of the last pixel being itself.</summary>
    private static void AlongRow(byte[] source, int width, int[] columns, ushort[] fractions, ushort[] values)
    {
        var lastInside = width - 2;
        for (var x = 0; x < values.Length; x++)
        {
            var column = columns[x];
            int left = source[column];
            int right = column > lastInside ? left : source[column + 1];
            int fraction = fractions[x];
            values[x] = (ushort)(((16 - fraction) * left) + (fraction * right));
        }
    }

    /// <summary>((16 - w) * top + w * bottom + 128) / 256, sixteen pixels at a time (at most 65408: no overflow).</summary>
    private static void Blend(ushort[] top, ushort[] bottom, int weight, byte[] target, int width)
    {
        var x = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var topWeight = Vector128.Create((ushort)(16 - weight));
            var bottomWeight = Vector128.Create((ushort)weight);
            var half = Vector128.Create((ushort)128);
            fixed (ushort* upper = top)
            fixed (ushort* lower = bottom)
            fixed (byte* output = target)
            {
                for (; x + 16 <= width; x += 16)
                {
                    var low = Vector128.ShiftRightLogical((Vector128.Load(upper + x) * topWeight) + (Vector128.Load(lower + x) * bottomWeight) + half, 8);
                    var high = Vector128.ShiftRightLogical((Vector128.Load(upper + x + 8) * topWeight) + (Vector128.Load(lower + x + 8) * bottomWeight) + half, 8);
                    Vector128.Narrow(low, high).Store(output + x);
                }
            }
        }

        for (; x < width; x++)
        {
            target[x] = (byte)((((16 - weight) * top[x]) + (weight * bottom[x]) + 128) >> 8);
        }
    }

    private static PixHandle Native(nint pix) =>
        PixHandle.FromNative(pix) ?? throw new DocumentUnreadableException("the page could not be scaled");

    /// <summary>One source row interpolated to the target's width, and which row it is (-1: none yet).</summary>
    private sealed class InterpolatedRow(int width)
    {
        public ushort[] Values { get; } = new ushort[width];

        public int SourceRow { get; set; } = -1;
    }
}
