using System.Runtime.Intrinsics;
using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Dark-pixel counts of a scanned page on a coarse grid, kept as a summed-area table so
/// any region is answered in constant time. Built once per page from the 8-bit grey image.</summary>
internal sealed class GreyInkMap : IInkMap
{
    private readonly int[] _summedDark;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int _cellSize;
    private readonly int _pixelWidth;
    private readonly int _pixelHeight;
    private readonly PageTransform _transform;

    private GreyInkMap(int[] summedDark, int columns, int rows, int cellSize, int pixelWidth, int pixelHeight, PageTransform transform)
    {
        _summedDark = summedDark;
        _columns = columns;
        _rows = rows;
        _cellSize = cellSize;
        _pixelWidth = pixelWidth;
        _pixelHeight = pixelHeight;
        _transform = transform;
    }

    /// <summary>The threshold between ink and paper, from the image's own histogram (Otsu).</summary>
    public byte Threshold { get; private init; }

    public double DarkFraction(PageBox region)
    {
        var left = (region.Left - _transform.OffsetX) / _transform.UnitsPerPixelX;
        var right = (region.Right - _transform.OffsetX) / _transform.UnitsPerPixelX;
        var top = (region.Top - _transform.OffsetY) / _transform.UnitsPerPixelY;
        var bottom = (region.Bottom - _transform.OffsetY) / _transform.UnitsPerPixelY;
        var c0 = Math.Clamp((int)Math.Floor(left / _cellSize), 0, _columns);
        var c1 = Math.Clamp((int)Math.Ceiling(right / _cellSize), 0, _columns);
        var r0 = Math.Clamp((int)Math.Floor(top / _cellSize), 0, _rows);
        var r1 = Math.Clamp((int)Math.Ceiling(bottom / _cellSize), 0, _rows);
        if (c1 <= c0 || r1 <= r0)
        {
            return 0;
        }

        var stride = _columns + 1;
        long dark = _summedDark[(r1 * stride) + c1] - _summedDark[(r0 * stride) + c1] - _summedDark[(r1 * stride) + c0] + _summedDark[(r0 * stride) + c0];
        var width = Math.Min(c1 * _cellSize, _pixelWidth) - (c0 * _cellSize);
        var height = Math.Min(r1 * _cellSize, _pixelHeight) - (r0 * _cellSize);
        var area = (long)width * height;
        return area <= 0 ? 0 : Math.Clamp((double)dark / area, 0, 1);
    }

    /// <summary>Reads an 8-bit grey PIX in place (no copy of the page), whose 32-bit words hold
    /// their pixels most significant byte first.</summary>
    public static unsafe GreyInkMap Build(PixHandle image, GreyHistogram levels, PageTransform transform)
    {
        var pixels = GreyRows.Of(image, nameof(image));
        var width = pixels.Width;
        var height = pixels.Height;
        var data = pixels.Data;
        var rowBytes = pixels.RowBytes;
        var swizzle = BitConverter.IsLittleEndian ? 3 : 0;

        // Kept between 64 and 192 so a blank or a black page does not turn paper noise into ink.
        var threshold = (byte)Math.Clamp(levels.Otsu + 1, 64, 192);
        var cellSize = Math.Max(2, Math.Max(width, height) / 400);
        var columns = (width + cellSize - 1) / cellSize;
        var rows = (height + cellSize - 1) / cellSize;

        // Each cell's count goes where its running sum will be (row r + 1, column c + 1), and is summed in place.
        var stride = columns + 1;
        var summed = new int[(rows + 1) * stride];

        // The cell of each byte of a row as it lies in memory, so the walk needs no division.
        var cellOfByte = new int[rowBytes];
        for (var b = 0; b < rowBytes; b++)
        {
            var x = b ^ swizzle;
            cellOfByte[b] = x < width ? x / cellSize : -1;
        }

        // Dark pixels are first counted per byte column over a band of cellSize rows (sixteen or thirty-two
        // at a time), then each band's column counts go to their cells: one scalar step per cellSize pixels.
        var darkInColumn = new byte[rowBytes];
        var vectorised = Vector256.IsHardwareAccelerated && cellSize <= byte.MaxValue;
        for (var bandTop = 0; bandTop < height; bandTop += cellSize)
        {
            Array.Clear(darkInColumn);
            var bandBottom = Math.Min(height, bandTop + cellSize);
            fixed (byte* counts = darkInColumn)
            {
                for (var y = bandTop; y < bandBottom; y++)
                {
                    var row = data + ((long)y * rowBytes);
                    var b = 0;
                    if (vectorised)
                    {
                        var limit = Vector256.Create(threshold);
                        var one = Vector256.Create((byte)1);
                        for (; b + 32 <= rowBytes; b += 32)
                        {
                            var dark = Vector256.LessThan(Vector256.Load(row + b), limit) & one;
                            (Vector256.Load(counts + b) + dark).Store(counts + b);
                        }
                    }

                    for (; b < rowBytes; b++)
                    {
                        if (row[b] < threshold)
                        {
                            counts[b]++;
                        }
                    }
                }
            }

            var cellRow = ((bandTop / cellSize) + 1) * stride;
            for (var b = 0; b < rowBytes; b++)
            {
                if (cellOfByte[b] >= 0)
                {
                    summed[cellRow + cellOfByte[b] + 1] += darkInColumn[b];
                }
            }
        }

        GC.KeepAlive(image);
        for (var r = 0; r < rows; r++)
        {
            var rowSum = 0;
            for (var c = 0; c < columns; c++)
            {
                var at = ((r + 1) * stride) + c + 1;
                rowSum += summed[at];
                summed[at] = summed[(r * stride) + c + 1] + rowSum;
            }
        }

        return new GreyInkMap(summed, columns, rows, cellSize, width, height, transform) { Threshold = threshold };
    }
}
