using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Evens out a page whose paper is lit unevenly (a phone photo: bright near the lamp, grey toward
/// the far corner). Tesseract binarises with one global threshold and <see cref="ContrastStretch"/> maps
/// levels page-wide: on such a page the shaded half's paper falls on the ink side and reads as a black
/// block, so whole address blocks and statement dates were lost. The page is divided by its own background
/// (leptonica's grey closing on a reduced copy, cheap), which brings the paper to one level everywhere.
/// Evenly lit scans, faint or not, are left alone: the step runs only where the paper's level varies.</summary>
internal static class BackgroundFlattening
{
    /// <summary>Tiles across and down the page over which the paper's level is compared.</summary>
    internal const int TilesAcross = 8;
    internal const int TilesDown = 10;

    /// <summary>A tile's paper level is the level this share of its pixels is at or below (the light side:
    /// text covers well under a tenth of a tile).</summary>
    internal const double PaperQuantile = 0.9;

    /// <summary>Tiles darker than this are no paper at all (a photo's table or dark surround), not shaded paper.</summary>
    internal const int SurroundLevel = 80;

    /// <summary>A spread of the paper's level across the page at least this wide is uneven lighting; an
    /// evenly lit scan's tiles differ by a few levels (JPEG noise, a grey band or logo in one tile).</summary>
    internal const int UnevenSpread = 40;

    /// <summary>The background's level after flattening (leptonica's customary 200; the stretch that follows
    /// takes it to white).</summary>
    private const int BackgroundLevel = 200;

    /// <summary>The background is taken at a quarter of the resolution, closed by a brick about a quarter inch
    /// wide: wider than a letter's strokes and a line's height, narrower than the lighting's slope.</summary>
    private const int Reduction = 4;
    private const double BrickInches = 0.25;

    /// <summary>The spread of the paper's level across <paramref name="grey"/>'s tiles (0 when fewer than
    /// two tiles show paper).</summary>
    public static unsafe int PaperSpread(PixHandle grey)
    {
        ArgumentNullException.ThrowIfNull(grey);
        var pixels = GreyRows.Of(grey, nameof(grey));
        var (width, height) = (pixels.Width, pixels.Height);
        if (width < TilesAcross * 4 || height < TilesDown * 4)
        {
            return 0;
        }

        // Every fourth pixel of every fourth row: the paper level is a broad feature.
        const int step = 4;
        var counts = new long[256];
        int lightest = -1, darkest = 256;
        for (var ty = 0; ty < TilesDown; ty++)
        {
            for (var tx = 0; tx < TilesAcross; tx++)
            {
                Array.Clear(counts);
                var (x0, x1) = (tx * width / TilesAcross, (tx + 1) * width / TilesAcross);
                var (y0, y1) = (ty * height / TilesDown, (ty + 1) * height / TilesDown);
                for (var y = y0; y < y1; y += step)
                {
                    var row = pixels.Data + ((long)y * pixels.RowBytes);
                    for (var x = x0; x < x1; x += step)
                    {
                        // Leptonica keeps each 32-bit word's bytes big-endian: pixel x is byte x ^ 3 here.
                        counts[row[x ^ 3]]++;
                    }
                }

                var level = GreyHistogram.LevelAt(counts, PaperQuantile);
                if (level < SurroundLevel)
                {
                    continue;
                }

                lightest = Math.Max(lightest, level);
                darkest = Math.Min(darkest, level);
            }
        }

        return lightest < 0 || darkest > lightest ? 0 : lightest - darkest;
    }

    /// <summary><paramref name="grey"/> flattened when its paper is unevenly lit; null when it is even (or
    /// bilevel, where there is no lighting to even out).</summary>
    public static PixHandle? Flattened(PixHandle grey, int dpi, bool bilevel)
    {
        ArgumentNullException.ThrowIfNull(grey);
        if (bilevel || PaperSpread(grey) < UnevenSpread)
        {
            return null;
        }

        // An odd brick (leptonica rounds an even one up) of about a quarter inch on the reduced page.
        var size = Math.Max(3, (int)Math.Round(dpi * BrickInches / Reduction) | 1);
        var flat = PixHandle.FromNative(Leptonica.BackgroundNormMorph(grey.Pointer, nint.Zero, Reduction, size, BackgroundLevel))
            ?? throw new DocumentUnreadableException("the image's lighting could not be evened out");
        _ = Leptonica.SetResolution(flat.Pointer, grey.XResolution, grey.YResolution);
        return flat;
    }
}
