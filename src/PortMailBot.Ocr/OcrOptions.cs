namespace PortMailBot.Ocr;

/// <summary>Configuration section <c>Ocr</c>.</summary>
public sealed class OcrOptions
{
    public const string SectionName = "Ocr";

    /// <summary>Where Debian's tesseract-ocr-eng/-fra put the models.</summary>
    public const string DebianTessdataPath = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Tesseract languages joined by '+'. French needs <c>fra</c>: <c>eng</c> alone loses accents.</summary>
    public string Languages { get; set; } = "eng+fra";

    /// <summary>When the message says which language to expect ("en", "fr"), read its scanned pages with
    /// that model alone (<c>eng</c> or <c>fra</c>, if configured) instead of all of <see cref="Languages"/>:
    /// Tesseract retries every doubtful word with each further model, which costs about a fifth more time.
    /// A page whose words are in the other language is read again with all of them (DocumentReader).
    /// Off by default: on the samples, <c>eng</c> alone misread a postal code digit on a fax and a bill
    /// line that <c>eng+fra</c> reads right (its second model retries the doubtful words), turning two
    /// right decisions wrong; accuracy comes first (docs/benchmarks.md).</summary>
    public bool ModelPerLanguage { get; set; }

    /// <summary>The folder holding <c>*.traineddata</c>; empty: TESSDATA_PREFIX, else Debian's folder.</summary>
    public string? TessdataPath { get; set; }

    /// <summary>Engines kept ready (one per concurrent page); 0: one per processor.</summary>
    public int PoolSize { get; set; }

    public int MaxPagesPerDocument { get; set; } = 20;

    /// <summary>Pages larger than this are refused from their header, before any decoding.</summary>
    public long MaxPixelsPerPage { get; set; } = 60_000_000;

    /// <summary>Recognition of one page is abandoned after this long.</summary>
    public TimeSpan PageTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pages scanned below this resolution are upscaled to <see cref="TargetDpi"/>; 0 disables.
    /// 200-dpi scans are upscaled too: unscaled they read faster, but small print in them comes out wrong
    /// (a photographed bill's "(343)" read as "(843)"), and a wrong digit costs more than the time.</summary>
    public int UpscaleBelowDpi { get; set; } = 250;

    /// <summary>The same for bilevel scans (fax TIFFs): their jagged 1-bit edges read better smoothed
    /// by upscaling to grey, measured on the samples' 204-dpi G4 fax (docs/benchmarks.md).</summary>
    public int UpscaleBilevelBelowDpi { get; set; } = 250;

    public int TargetDpi { get; set; } = 300;

    /// <summary>Retry a page that reads poorly turned by 180 and 90 degrees, keeping the best reading.</summary>
    public bool DetectOrientation { get; set; } = true;

    /// <summary>poppler's rasteriser, for PDF pages without one usable embedded image.</summary>
    public string PdfRasterizer { get; set; } = "pdftoppm";

    public TimeSpan RasterizeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Once the process has grown by this much since the last time, the C allocator is asked to
    /// give back what earlier pages freed (glibc keeps freed page buffers). 0 never asks.</summary>
    public int MemoryHeadroomMegabytes { get; set; } = 64;

    /// <summary>Free image buffers (a page and its copies, in Tesseract too) kept for the next page, so
    /// that it does not fault fresh memory in; process-wide. 0 keeps none.</summary>
    public int ImageBufferCacheMegabytes { get; set; } = DefaultImageBufferCacheMegabytes;

    /// <summary>Measured against the memory target: 80 MB was chosen when one process read everything (64 MB
    /// faulted more, 96 MB held more); in the document worker, whose pages no longer keep their copies beside
    /// Tesseract's, 32 MB held 20-40 MB less at its peak for no measurable CPU (docs/benchmarks.md, issue 12).</summary>
    internal const int DefaultImageBufferCacheMegabytes = 32;

    internal int EffectivePoolSize => PoolSize > 0 ? PoolSize : Environment.ProcessorCount;

    internal string EffectiveTessdataPath =>
        !string.IsNullOrWhiteSpace(TessdataPath) ? TessdataPath
        : Environment.GetEnvironmentVariable("TESSDATA_PREFIX") is { Length: > 0 } prefix ? prefix
        : DebianTessdataPath;

    /// <summary>The models to read a page expected in <paramref name="language"/> with: its own model when
    /// configured and <see cref="ModelPerLanguage"/> is on, else every configured one.</summary>
    internal string ModelsFor(string? language)
    {
        var model = language switch
        {
            "en" => "eng",
            "fr" => "fra",
            _ => null,
        };
        return ModelPerLanguage && model is not null && LanguageList.Contains(model, StringComparer.Ordinal) ? model : Languages;
    }

    internal IEnumerable<string> LanguageList => Languages.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every problem with these settings; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!LanguageList.Any())
        {
            problems.Add("Ocr:Languages is empty");
        }
        else if (LanguageList.Any(l => l.Any(c => !char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')))
        {
            problems.Add("Ocr:Languages must be model names joined by '+', e.g. eng+fra");
        }

        if (PoolSize is < 0 or > 256)
        {
            problems.Add("Ocr:PoolSize must be 0 (one per processor) to 256");
        }

        if (MaxPagesPerDocument is < 1 or > 1000)
        {
            problems.Add("Ocr:MaxPagesPerDocument must be 1 to 1000");
        }

        if (MaxPixelsPerPage is < 10_000 or > 500_000_000)
        {
            problems.Add("Ocr:MaxPixelsPerPage must be 10000 to 500000000");
        }

        if (PageTimeout <= TimeSpan.Zero || PageTimeout > TimeSpan.FromMinutes(30))
        {
            problems.Add("Ocr:PageTimeout must be positive and at most 30 minutes");
        }

        if (RasterizeTimeout <= TimeSpan.Zero || RasterizeTimeout > TimeSpan.FromMinutes(30))
        {
            problems.Add("Ocr:RasterizeTimeout must be positive and at most 30 minutes");
        }

        if (TargetDpi is < 70 or > 1200 || UpscaleBelowDpi < 0 || UpscaleBelowDpi > TargetDpi || UpscaleBilevelBelowDpi < 0 || UpscaleBilevelBelowDpi > TargetDpi)
        {
            problems.Add("Ocr:TargetDpi must be 70 to 1200, Ocr:UpscaleBelowDpi and Ocr:UpscaleBilevelBelowDpi 0 to TargetDpi");
        }

        if (MemoryHeadroomMegabytes is < 0 or > 65536)
        {
            problems.Add("Ocr:MemoryHeadroomMegabytes must be 0 (never trim) to 65536");
        }

        if (ImageBufferCacheMegabytes is < 0 or > 65536)
        {
            problems.Add("Ocr:ImageBufferCacheMegabytes must be 0 (keep none) to 65536");
        }

        return problems;
    }
}
