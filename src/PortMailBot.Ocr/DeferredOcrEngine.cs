using PortMailBot.Intake.Documents;

namespace PortMailBot.Ocr;

/// <summary>The OCR engine as registered: made on its first use, not when the reader that may need it is.
/// <c>check</c> and the daemon construct the intake's document reader, yet with containment on every page
/// is read in the worker: they then never load libtesseract and leptonica, nor set the C allocator up for
/// them (docs/benchmarks.md, issue 12). Safe to call from several threads: the engine is made once.</summary>
public sealed class DeferredOcrEngine : IOcrEngine, IDisposable
{
    private readonly Lazy<IOcrEngine> _engine;

    public DeferredOcrEngine(Func<IOcrEngine> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _engine = new Lazy<IOcrEngine>(create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The engine itself, made now if it was not yet (Tesseract, or the unavailable engine).</summary>
    public IOcrEngine Engine => _engine.Value;

    /// <summary>Whether the engine was made: false in a process whose pages are all read elsewhere.</summary>
    public bool IsCreated => _engine.IsValueCreated;

    public bool IsAvailable => Engine.IsAvailable;

    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, CancellationToken cancellationToken) =>
        Engine.RecognizeImage(encodedImage, cancellationToken);

    public IReadOnlyList<DocumentPage> RecognizeImage(ReadOnlyMemory<byte> encodedImage, string? language, CancellationToken cancellationToken) =>
        Engine.RecognizeImage(encodedImage, language, cancellationToken);

    public DocumentPage RecognizePdfPage(ScannedPdfPage page, CancellationToken cancellationToken) =>
        Engine.RecognizePdfPage(page, cancellationToken);

    public DocumentPage RecognizePdfPage(ScannedPdfPage page, string? language, CancellationToken cancellationToken) =>
        Engine.RecognizePdfPage(page, language, cancellationToken);

    public void Dispose()
    {
        if (_engine.IsValueCreated && _engine.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
