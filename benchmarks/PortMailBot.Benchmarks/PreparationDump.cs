using System.Runtime.InteropServices;
using PortMailBot.Ocr;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Benchmarks;

/// <summary><c>prep-dump FILE FOLDER</c>: writes each preparation step's image of every page as PNG, so
/// that a page that reads badly can be looked at (and given to the <c>tesseract</c> program) step by step.</summary>
internal static partial class PreparationDump
{
    private const int PngFormat = 3;

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            Console.Error.WriteLine("usage: prep-dump FILE FOLDER|-");
            return 2;
        }

        var bytes = File.ReadAllBytes(args[0]);
        var write = args[1] != "-";
        if (write)
        {
            Directory.CreateDirectory(args[1]);
        }

        var options = new OcrOptions();
        var pages = EncodedImage.CountPages(bytes, options.MaxPixelsPerPage, options.MaxPagesPerDocument);
        for (var index = 0; index < pages; index++)
        {
            void Write(string step, PixHandle pix) => _ = !write ? 0 : WritePix(Path.Combine(args[1], $"p{index + 1}-{step}.png"), pix.Pointer, PngFormat);
            using var decoded = EncodedImage.DecodePage(bytes, index);
            using var crooked = PagePreparation.ToSquareGrey(decoded);
            Write("1-grey", crooked);
            var before = GreyHistogram.Of(crooked);
            Console.WriteLine($"{Path.GetFileName(args[0])} page {index + 1}: paper {before.Paper} otsu {before.Otsu} dark 0.5% {before.DarkLevel(0.005)} 2% {before.DarkLevel(0.02)} 5% {before.DarkLevel(0.05)} stretch {ContrastStretch.Measure(before)}");
            if (ContrastStretch.Apply(crooked))
            {
                Write("1b-contrast", crooked);
            }

            var dpi = PagePreparation.EstimateDpi(decoded, crooked);
            var skew = PagePreparation.MeasureSkew(crooked);
            using var grey = PagePreparation.Level(crooked, skew);
            Write("2-level", grey);
            var levels = GreyHistogram.Of(grey);
            using var clean = PagePreparation.WithoutRules(grey, levels);
            Write("3-rules", clean);
            var below = decoded.Depth == 1 ? options.UpscaleBilevelBelowDpi : options.UpscaleBelowDpi;
            var scale = PagePreparation.UpscaleFactor(dpi, crooked.Pixels, below, options.TargetDpi, options.MaxPixelsPerPage);
            if (scale != 1.0)
            {
                using var scaled = GreyUpscaling.Scale(clean, (float)scale);
                Write("4-upscaled", scaled);
            }

            Console.WriteLine($"  {crooked.Width}x{crooked.Height} dpi {dpi} skew {skew:0.00} paper {levels.Paper} otsu {levels.Otsu} scale {scale:0.00}");
        }

        return 0;
    }

    [LibraryImport(Leptonica.Library, EntryPoint = "pixWrite", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int WritePix(string path, nint pix, int format);
}
