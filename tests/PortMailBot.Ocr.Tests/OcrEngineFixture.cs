using PortMailBot.Ocr.Native;

[assembly: AssemblyFixture(typeof(PortMailBot.Ocr.Tests.OcrEngineFixture))]

namespace PortMailBot.Ocr.Tests;

/// <summary>One real engine pool for the whole test run: models load once, as in the daemon.</summary>
public sealed class OcrEngineFixture : IDisposable
{
    private readonly TesseractOcrEngine? _engine;

    public OcrEngineFixture()
    {
        Unavailable = TesseractOcrEngine.Unavailability(new OcrOptions());
        if (Unavailable is null)
        {
            _engine = new TesseractOcrEngine(new OcrOptions { PoolSize = 2 });
        }
    }

    public string? Unavailable { get; }

    /// <summary>The engine, or a skipped test where the native packages are not installed
    /// (scripts/install-ocr.sh installs them; CI runs it first).</summary>
    public TesseractOcrEngine Engine
    {
        get
        {
            if (_engine is null)
            {
                Assert.Skip("OCR is not installed here: " + Unavailable);
            }

            return _engine;
        }
    }

    /// <summary>A separate engine with other options; the caller disposes it.</summary>
    public TesseractOcrEngine Create(OcrOptions options)
    {
        _ = Engine;
        return new TesseractOcrEngine(options);
    }

    public void Dispose() => _engine?.Dispose();

    internal static bool NativeAvailable => NativeLibraries.Available;
}
