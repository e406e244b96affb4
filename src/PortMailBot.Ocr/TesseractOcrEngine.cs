using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Text;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>Tesseract in-process: a pool of engines (one per core) reads images, TIFF pages and
/// scanned PDF pages into words with boxes and confidences, plus the page's ink.</summary>
public sealed class TesseractOcrEngine : IOcrEngine, IDisposable
{
    /// <summary>A page whose words average below this confidence is retried turned around.</summary>
    private const double PoorConfidence = 0.6;

    /// <summary>A turned reading this good ends the search.</summary>
    private const double GoodConfidence = 0.8;

    private readonly OcrOptions _options;
    private readonly TimeProvider _time;
    private readonly TesseractEnginePool _pool;
    private readonly PdfRasterizer _rasterizer;
    private readonly NativeMemoryTrimmer _trimmer;

    /// <exception cref="InvalidOperationException">The native libraries or the models are missing, or the options are wrong.</exception>
    public TesseractOcrEngine(OcrOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problem = Unavailability(options);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }

        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        var tessdata = options.EffectiveTessdataPath;
        _pool = new TesseractEnginePool(options.EffectivePoolSize, options.Languages, languages => TesseractEngine.Create(tessdata, languages));
        _rasterizer = new PdfRasterizer(options.PdfRasterizer, options.RasterizeTimeout);
        _trimmer = new NativeMemoryTrimmer(options.MemoryHeadroomMegabytes);
        PixBufferCache.Shared.CapacityBytes = options.ImageBufferCacheMegabytes * 1024L * 1024L;
    }

    public bool IsAvailable => true;

    /// <summary>Engines created so far (at most the pool size): they are reused, never recreated per page.</summary>
    public int EnginesCreated => _pool.Created;

    public int PoolSize => _pool.Size;

    /// <summary>Why this engine cannot run with <paramref name="options"/>; null when it can.</summary>
    public static string? Unavailability(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            return string.Join("; ", problems);
        }

        if (NativeLibraries.Failure is { } failure)
        {
            return failure;
        }

        var tessdata = options.EffectiveTessdataPath;
        var missing = options.LanguageList.Where(l => !File.Exists(Path.Combine(tessdata, l + ".traineddata"))).ToList();
        return missing.Count > 0
            ? $"no Tesseract model for {string.Join(", ", missing)} in {tessdata} (install tesseract-ocr-eng/-fra: scripts/install-ocr.sh)"
            : null;
    }

    /// <summary>Loads one engine now so the first document does not pay for it.</summary>
    public void WarmUp(CancellationToken cancellationToken)
    {
        using var lease = _pool.Rent(cancellationToken);
    }

    /// <summary>Loads every engine of the pool now, at once: the document worker does so while it starts
    /// and waits for its first request, so the first pages find their models loaded.</summary>
    public void WarmUpAll(CancellationToken cancellationToken)
    {
        var leases = new TesseractEnginePool.Lease?[_pool.Size];
        try
        {
            Parallel.For(0, leases.Length, new ParallelOptions { MaxDegreeOfParallelism = leases.Length, CancellationToken = cancellationToken }, i => leases[i] = _pool.Rent(cancellationToken));
        }
        finally
        {
            foreach (var lease in leases)
            {
                lease?.Dispose();
            }
        }
    }

    /// <summary>Every page of an image; the pages of a multi-page TIFF are read on as many engines as are
    /// free, so a long fax takes a fraction of the time.</summary>
    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken) =>
        RecognizeImage(encodedImage, null, cancellationToken);

    /// <summary>The same, read with the model of <paramref name="language"/> when it has one (<see cref="OcrOptions.ModelPerLanguage"/>).</summary>
    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, string? language, CancellationToken cancellationToken)
    {
        var models = _options.ModelsFor(language);
        return Guard(() =>
        {
            var pageCount = EncodedImage.CountPages(encodedImage.Span, _options.MaxPixelsPerPage, _options.MaxPagesPerDocument);
            var pages = new DocumentPage[pageCount];
            void Read(int index)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var lease = _pool.Rent(models, cancellationToken);
                var decoding = Stopwatch.GetTimestamp();
                using var decoded = EncodedImage.DecodePage(encodedImage.Span, index);
                OcrStatistics.AddStep("decode", Stopwatch.GetElapsedTime(decoding));
                pages[index] = ReadPage(lease.Engine, decoded, index + 1, knownDpi: null, ImagePlacement, cancellationToken);
            }

            if (pageCount == 1 || _pool.Size == 1)
            {
                for (var index = 0; index < pageCount; index++)
                {
                    Read(index);
                }
            }
            else
            {
                try
                {
                    Parallel.For(0, pageCount, new ParallelOptions { MaxDegreeOfParallelism = _pool.Size, CancellationToken = cancellationToken }, Read);
                }
                catch (AggregateException e) when (e.InnerExceptions.Count > 0)
                {
                    // The first page that failed says why, as it would have read one page at a time.
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }
            }

            ReturnFreedMemory();
            return pages;
        });
    }

    public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
        RecognizePdfPage(page, null, cancellationToken);

    /// <summary>The same, read with the model of <paramref name="language"/> when it has one (<see cref="OcrOptions.ModelPerLanguage"/>).</summary>
    public DocumentPage RecognizePdfPage(ScannedPdfPage page, string? language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var models = _options.ModelsFor(language);
        return Guard(() =>
        {
            // The engine is taken before the page is decoded, so that no more pages are held decoded than
            // there are engines to read them.
            using var lease = _pool.Rent(models, cancellationToken);
            var extracting = Stopwatch.GetTimestamp();
            DocumentPage read;
            using (var placed = PdfPageImage.Find(page, _options.MaxPixelsPerPage) ?? Rasterize(page, cancellationToken))
            {
                OcrStatistics.AddStep("decode", Stopwatch.GetElapsedTime(extracting));
                read = ReadPage(lease.Engine, placed.Pix, page.Number, placed.Dpi, PdfPlacement(page, placed.Box), cancellationToken);
            }

            lease.Dispose();
            ReturnFreedMemory();
            return read;
        });
    }

    public void Dispose() => _pool.Dispose();

    /// <summary>The whole page drawn at the resolution OCR wants, for a page that is not one usable image.</summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The PIX is handed to the PlacedImage returned, which owns and disposes it.")]
    private PlacedImage Rasterize(ScannedPdfPage page, CancellationToken cancellationToken)
    {
        var dpi = RasterDpi(page);
        var box = new PageBox(0, 0, page.Width, page.Height);
        var rendered = _rasterizer.Render(page.Pdf, page.Number, dpi, _options.MaxPixelsPerPage, cancellationToken);
        return new PlacedImage(EncodedImageFromRaster(rendered, page.Number), box, dpi);
    }

    /// <summary>After a document's pages: the native memory they freed goes back once the process has grown.</summary>
    private void ReturnFreedMemory()
    {
        var started = Stopwatch.GetTimestamp();
        if (_trimmer.TrimIfGrown())
        {
            OcrStatistics.AddStep("trim", Stopwatch.GetElapsedTime(started));
        }
    }

    private static PixHandle EncodedImageFromRaster(byte[] rendered, int pageNumber)
    {
        try
        {
            return EncodedImage.DecodePage(rendered, 0);
        }
        catch (DocumentUnreadableException e)
        {
            throw new DocumentUnreadableException($"page {pageNumber}: the rendered page could not be read", e);
        }
    }

    /// <summary>The rendering resolution: the target, lowered for huge pages so the pixel bound holds.</summary>
    private int RasterDpi(ScannedPdfPage page)
    {
        var squareInches = Math.Max(page.Width, 1) / 72.0 * (Math.Max(page.Height, 1) / 72.0);
        var fitting = (int)Math.Floor(Math.Sqrt(_options.MaxPixelsPerPage / squareInches));
        var dpi = Math.Min(_options.TargetDpi, fitting);
        return dpi >= 70 ? dpi : throw new DocumentUnreadableException($"page {page.Number} is {page.Width:0}x{page.Height:0} points, too large to render");
    }

    private DocumentPage ReadPage(TesseractEngine engine, PixHandle decoded, int number, int? knownDpi, Placement placement, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var step = Stopwatch.GetTimestamp();
        void Measured(string name)
        {
            var now = Stopwatch.GetTimestamp();
            OcrStatistics.AddStep(name, Stopwatch.GetElapsedTime(step, now));
            step = now;
        }

        // The decoded and square images are released as soon as the levelled one exists (the caller's
        // using then finds the decoded one disposed: a no-op), so that their buffer serves this page's
        // next copy from the pool instead of a fresh one.
        PixHandle levelled;
        int dpi, crookedWidth, crookedHeight;
        double scale;
        using (var square = PagePreparation.ToSquareGrey(decoded))
        {
            Measured("grey");
            dpi = knownDpi is >= 50 and <= 2400 ? knownDpi.Value : PagePreparation.EstimateDpi(decoded, square);
            var bilevel = decoded.Depth == 1;
            using var flattened = BackgroundFlattening.Flattened(square, dpi, bilevel);
            var crooked = flattened ?? square;
            Measured("flatten");
            _ = ContrastStretch.Apply(crooked);
            Measured("contrast");
            var upscaleBelow = bilevel ? _options.UpscaleBilevelBelowDpi : _options.UpscaleBelowDpi;
            decoded.Dispose();
            scale = PagePreparation.UpscaleFactor(dpi, crooked.Pixels, upscaleBelow, _options.TargetDpi, _options.MaxPixelsPerPage);
            (crookedWidth, crookedHeight) = (crooked.Width, crooked.Height);
            levelled = PagePreparation.Level(crooked, PagePreparation.MeasureSkew(crooked));
        }

        var resolution = (int)Math.Round(dpi * scale);
        using var grey = levelled;
        Measured("level");
        var levels = GreyHistogram.Of(grey);

        // The page as Tesseract reads it exists only until Tesseract has taken its own copy (or until it is
        // upscaled): with two pages in flight, a copy kept beside Tesseract's for the whole recognition held
        // 4-8 MB per page for nothing. A turned retry (rare: a page that read poorly) makes it again.
        using var forReading = new RemakeablePix(() => PagePreparation.WithoutRules(grey, levels));
        _ = forReading.Get();
        Measured("rules");

        TimeSpan Remaining() => _options.PageTimeout - _time.GetElapsedTime(started);

        // Reads `upright` and disposes it (at once when upscaled, else once Tesseract has its copy).
        IReadOnlyList<RecognizedWord> ReadAndRelease(PixHandle upright, TimeSpan budget)
        {
            if (scale == 1.0)
            {
                return engine.Recognize(upright, resolution, budget, cancellationToken, releaseOnceSet: true);
            }

            var scaling = Stopwatch.GetTimestamp();
            var scaled = GreyUpscaling.Scale(upright, (float)scale);
            upright.Dispose();
            OcrStatistics.AddStep("upscale", Stopwatch.GetElapsedTime(scaling));
            using (scaled)
            {
                return engine.Recognize(scaled, resolution, budget, cancellationToken, releaseOnceSet: true);
            }
        }

        // The page turned by `turn` degrees, read; null when reading it ran out of time.
        IReadOnlyList<RecognizedWord>? ReadTurned(int turn, TimeSpan budget)
        {
            using var turned = PagePreparation.Rotate(forReading.Get(), turn);
            try
            {
                return ReadAndRelease(turned, budget);
            }
            catch (TimeoutException)
            {
                return null;
            }
        }

        IReadOnlyList<RecognizedWord> words;
        try
        {
            words = ReadAndRelease(forReading.Get(), Remaining());
        }
        catch (TimeoutException e)
        {
            throw new DocumentUnreadableException($"page {number}: OCR took longer than {_options.PageTimeout.TotalSeconds:0.#} s", e);
        }

        var rotation = 0;
        var quality = ReadingQuality.Of(words);
        if (_options.DetectOrientation && (quality.Sideways || quality.IsPoor(PoorConfidence)))
        {
            foreach (var turn in quality.Sideways ? (int[])[90, 270] : [180, 90, 270])
            {
                var budget = Remaining();
                if (budget <= TimeSpan.Zero)
                {
                    break;
                }

                if (ReadTurned(turn, budget) is not { } turnedWords)
                {
                    break;
                }

                var turnedQuality = ReadingQuality.Of(turnedWords);
                if (turnedQuality.Score > quality.Score || (quality.Sideways && !turnedQuality.Sideways && turnedQuality.Score >= quality.Score))
                {
                    (words, quality, rotation) = (turnedWords, turnedQuality, turn);
                }

                if (turnedQuality.MeanConfidence >= GoodConfidence)
                {
                    break;
                }
            }
        }

        step = Stopwatch.GetTimestamp();
        using var final = rotation == 0 ? null : PagePreparation.Rotate(grey, rotation);
        var upright = final ?? grey;
        // Page units come from the image as it arrived; the words are read on the scaled one.
        var (unscaledWidth, unscaledHeight) = rotation is 90 or 270 ? (crookedHeight, crookedWidth) : (crookedWidth, crookedHeight);
        var (transform, width, height) = placement(unscaledWidth, unscaledHeight, rotation);
        var readTransform = transform.ForScaledImage(scale);
        var pageWords = words.Select(w => new TextWord(TextFold.ExpandLigatures(w.Text), readTransform.ToPage(w.Left, w.Top, w.Right, w.Bottom), w.Confidence)).ToList();
        var ink = GreyInkMap.Build(upright, levels, transform);
        Measured("ink");
        return new DocumentPage(number, width, height, pageWords) { FromOcr = true, Ink = ink };
    }

    /// <summary>Runs one recognition and turns every failure but cancellation into an unreadable document.</summary>
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DocumentUnreadableException)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (ObjectDisposedException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new DocumentUnreadableException("OCR failed: " + e.Message, e);
        }
    }

    /// <summary>Where the upright image lies on the page: its transform to page units and the page's size.</summary>
    private delegate (PageTransform Transform, double Width, double Height) Placement(int uprightWidth, int uprightHeight, int rotation);

    private static (PageTransform, double, double) ImagePlacement(int width, int height, int rotation) =>
        (PageTransform.Identity, width, height);

    private static Placement PdfPlacement(ScannedPdfPage page, PageBox box) => (width, height, rotation) =>
    {
        if (rotation is 90 or 270)
        {
            // A sideways scan: the upright page is the image's box turned, read from its own corner.
            return (new PageTransform(0, 0, box.Height / width, box.Width / height), page.Height, page.Width);
        }

        var left = rotation == 180 ? page.Width - box.Right : box.Left;
        var top = rotation == 180 ? page.Height - box.Bottom : box.Top;
        return (new PageTransform(left, top, box.Width / width, box.Height / height), page.Width, page.Height);
    };
}
