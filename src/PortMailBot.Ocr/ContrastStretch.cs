using PortMailBot.Intake.Documents;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Brings a faint page (a light photocopy, a grey scanner bed, a washed-out photo) back to black
/// text on white paper before any other step. Tesseract binarises with one global Otsu threshold: on a page
/// whose paper is grey, the white corners a turn brings in (or a bright margin) become the "paper" class and
/// every grey pixel, text and paper alike, the "ink" class, so the page reads as nothing. Levelling's fixed
/// ink threshold misses faint strokes too. Pages that already have dark ink on light paper are left alone.</summary>
internal static class ContrastStretch
{
    /// <summary>The share of a page's pixels taken as the text's darkest core.</summary>
    internal const double InkFraction = 0.005;

    /// <summary>Ink lighter than this is faint: every ordinary scan and photo of the samples has its darkest
    /// half percent below 90 (most below 40), every faint one above 100.</summary>
    internal const int BlackInk = 90;

    /// <summary>Below this spread between ink and paper the page has no text to bring out (blank, or one level).</summary>
    internal const int MinimumSpread = 24;

    /// <summary>The levels to stretch to black and white, or null when the page needs no stretch. Grey paper
    /// with black ink is left alone: Tesseract's threshold finds it, and a photo's dark surround (the most
    /// common level of a phone picture) is not paper.</summary>
    public static (int Black, int White)? Measure(GreyHistogram levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        int ink = levels.DarkLevel(InkFraction);
        if (ink <= BlackInk)
        {
            return null;
        }

        // The paper is the most common level on the light side of the ink/paper split.
        var paper = (int)levels.Otsu;
        for (int level = levels.Otsu; level < 256; level++)
        {
            if (levels.Count((byte)level) > levels.Count((byte)paper))
            {
                paper = level;
            }
        }

        var spread = paper - ink;
        if (spread < MinimumSpread)
        {
            return null;
        }

        // The paper's own grain (JPEG noise, toner dust) sits a little below its most common level: it is
        // taken to white with it, so that it does not become speckles for the binariser.
        var white = paper - Math.Max(2, spread / 8);
        return (ink, white);
    }

    /// <summary>Stretches <paramref name="grey"/> in place when <see cref="Measure"/> says so; true when it did.</summary>
    public static bool Apply(PixHandle grey)
    {
        ArgumentNullException.ThrowIfNull(grey);
        var levels = GreyHistogram.Of(grey);
        if (Measure(levels) is not var (black, white))
        {
            return false;
        }

        if (Leptonica.GammaTrc(grey.Pointer, grey.Pointer, 1f, black, white) == nint.Zero)
        {
            throw new DocumentUnreadableException("the image's contrast could not be restored");
        }

        return true;
    }
}
