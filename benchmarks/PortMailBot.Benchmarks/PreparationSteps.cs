using System.Diagnostics;
using PortMailBot.Ocr;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Benchmarks;

/// <summary>Each preparation step alone, one thread, on every scanned page of the samples: where the
/// time outside the engine goes, without the engines' noise (best of three rounds, summed over pages).</summary>
internal static class PreparationSteps
{
    private const int Rounds = 3;

    public static int Run()
    {
        if (TesseractOcrEngine.Unavailability(new OcrOptions()) is { } problem)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }

        var folder = Path.Combine(Path.GetTempPath(), "portmailbot-steps-" + Environment.ProcessId);
        try
        {
            var inputs = ScannedInput.Collect(folder);
            var options = new OcrOptions();
            var totals = new Dictionary<string, double>(StringComparer.Ordinal);
            var pages = 0;
            foreach (var input in inputs)
            {
                var bytes = File.ReadAllBytes(input.ImagePath);
                for (var index = 0; index < input.Pages; index++)
                {
                    pages++;
                    foreach (var (step, ms) in TimePage(bytes, index, options))
                    {
                        totals[step] = totals.GetValueOrDefault(step) + ms;
                    }
                }
            }

            Console.WriteLine($"{pages} pages, one thread, best of {Rounds} rounds, ms a page:");
            foreach (var (step, ms) in totals)
            {
                Console.WriteLine($"  {step,-14} {ms / pages,7:0.00}");
            }

            Console.WriteLine($"  {"total",-14} {totals.Values.Sum() / pages,7:0.00}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static List<(string Step, double Ms)> TimePage(byte[] bytes, int index, OcrOptions options)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        void Time(string step, Action action)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            best[step] = Math.Min(best.GetValueOrDefault(step, double.MaxValue), ms);
        }

        for (var round = 0; round < Rounds; round++)
        {
            PixHandle? decoded = null;
            Time("decode", () => decoded = EncodedImage.DecodePage(bytes, index));
            using (decoded)
            {
                PixHandle? crooked = null;
                Time("grey", () => crooked = PagePreparation.ToSquareGrey(decoded!));
                using (crooked)
                {
                    Time("contrast", () => ContrastStretch.Apply(crooked!));
                    var skew = 0.0;
                    Time("measure skew", () => skew = PagePreparation.MeasureSkew(crooked!));
                    PixHandle? grey = null;
                    Time("turn", () => grey = PagePreparation.Level(crooked!, skew));
                    using (grey)
                    {
                        GreyHistogram? levels = null;
                        Time("histogram", () => levels = GreyHistogram.Of(grey!));
                        PixHandle? clean = null;
                        Time("rules", () => clean = PagePreparation.WithoutRules(grey!, levels!));
                        using (clean)
                        {
                            var dpi = PagePreparation.EstimateDpi(decoded!, crooked!);
                            var below = decoded!.Depth == 1 ? options.UpscaleBilevelBelowDpi : options.UpscaleBelowDpi;
                            var scale = PagePreparation.UpscaleFactor(dpi, crooked!.Pixels, below, options.TargetDpi, options.MaxPixelsPerPage);
                            if (scale != 1.0)
                            {
                                Time("upscale", () => GreyUpscaling.Scale(clean!, (float)scale).Dispose());
                            }

                            Time("ink map", () => GreyInkMap.Build(grey!, levels!, PageTransform.Identity));
                        }
                    }
                }
            }
        }

        return [.. best.Select(b => (b.Key, b.Value))];
    }
}
