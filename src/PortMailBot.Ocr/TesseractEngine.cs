using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using PortMailBot.Ocr.Native;

namespace PortMailBot.Ocr;

/// <summary>One initialised Tesseract engine. Not thread-safe: the pool hands it to one caller at a time.</summary>
internal sealed class TesseractEngine : IDisposable
{
    private nint _api;

    private TesseractEngine(nint api, string languages)
    {
        _api = api;
        Languages = languages;
    }

    /// <summary>The models this engine reads with, joined by '+'.</summary>
    public string Languages { get; }

    /// <summary>Loads the models once (about 130 ms for eng+fra); the engine is then reused for every page.</summary>
    public static TesseractEngine Create(string tessdataPath, string languages)
    {
        var api = Tesseract.BaseApiCreate();
        if (api == nint.Zero)
        {
            throw new InvalidOperationException("Tesseract could not create an engine");
        }

        // Tesseract prints warnings ("Estimating resolution...") to stderr, which belongs to our logs.
        _ = Tesseract.BaseApiSetVariable(api, "debug_file", "/dev/null");
        if (Tesseract.BaseApiInit3(api, tessdataPath, languages) != 0)
        {
            Tesseract.BaseApiEnd(api);
            Tesseract.BaseApiDelete(api);
            throw new InvalidOperationException($"Tesseract could not load the models '{languages}' from {tessdataPath}");
        }

        _ = Tesseract.BaseApiSetVariable(api, "debug_file", "/dev/null");
        Tesseract.BaseApiSetPageSegMode(api, Tesseract.PageSegAuto);
        return new TesseractEngine(api, languages);
    }

    /// <summary>Reads a page image. Boxes are in the image's pixels; confidences 0..1.</summary>
    /// <param name="releaseOnceSet">Disposes <paramref name="image"/> as soon as Tesseract has taken it: Tesseract
    /// reads its own copy, so the caller's would only sit beside it for the whole recognition (a 300-dpi page is
    /// 8 MB; its buffer then serves Tesseract's next copy from the pool instead).</param>
    /// <exception cref="TimeoutException">The deadline passed before recognition finished.</exception>
    /// <exception cref="OperationCanceledException">The caller gave up.</exception>
    public unsafe IReadOnlyList<RecognizedWord> Recognize(PixHandle image, int resolution, TimeSpan timeout, CancellationToken cancellationToken, bool releaseOnceSet = false)
    {
        ObjectDisposedException.ThrowIf(_api == nint.Zero, this);
        var monitor = Tesseract.MonitorCreate();
        var cancel = new CancelState(cancellationToken);
        var cancelHandle = GCHandle.Alloc(cancel);
        try
        {
            Tesseract.MonitorSetCancelFunc(monitor, &ShouldCancel);
            Tesseract.MonitorSetCancelThis(monitor, GCHandle.ToIntPtr(cancelHandle));
            Tesseract.MonitorSetDeadlineMSecs(monitor, (int)Math.Clamp(timeout.TotalMilliseconds, 1, int.MaxValue));
            Tesseract.BaseApiSetImage2(_api, image.Pointer);
            if (releaseOnceSet)
            {
                // pixDestroy counts references: were Tesseract holding a clone, the pixels would stay with it.
                image.Dispose();
            }

            Tesseract.BaseApiSetSourceResolution(_api, resolution);
            var started = Stopwatch.GetTimestamp();
            var status = Tesseract.BaseApiRecognize(_api, monitor);
            cancellationToken.ThrowIfCancellationRequested();
            if (status != 0)
            {
                throw new TimeoutException($"recognition did not finish within {timeout.TotalSeconds:0.#} s");
            }

            var words = ReadWords();
            OcrStatistics.AddRecognition(Stopwatch.GetElapsedTime(started));
            return words;
        }
        finally
        {
            Tesseract.BaseApiClear(_api);
            Tesseract.MonitorDelete(monitor);
            cancelHandle.Free();
            GC.KeepAlive(image);
        }
    }

    private List<RecognizedWord> ReadWords()
    {
        var words = new List<RecognizedWord>();
        var iterator = Tesseract.BaseApiGetIterator(_api);
        if (iterator == nint.Zero)
        {
            return words;
        }

        try
        {
            var pageIterator = Tesseract.ResultIteratorGetPageIteratorConst(iterator);
            do
            {
                var textPointer = Tesseract.ResultIteratorGetUtf8Text(iterator, Tesseract.LevelWord);
                if (textPointer == nint.Zero)
                {
                    continue;
                }

                string text;
                try
                {
                    text = (Marshal.PtrToStringUTF8(textPointer) ?? string.Empty).Trim();
                }
                finally
                {
                    Tesseract.DeleteText(textPointer);
                }

                if (text.Length == 0
                    || Tesseract.PageIteratorBoundingBox(pageIterator, Tesseract.LevelWord, out var left, out var top, out var right, out var bottom) == 0)
                {
                    continue;
                }

                var confidence = Tesseract.ResultIteratorConfidence(iterator, Tesseract.LevelWord);
                words.Add(new RecognizedWord(text, left, top, right, bottom, Math.Clamp(confidence / 100.0, 0, 1)));
            }
            while (Tesseract.ResultIteratorNext(iterator, Tesseract.LevelWord) != 0);
        }
        finally
        {
            Tesseract.ResultIteratorDelete(iterator);
        }

        return words;
    }

    public void Dispose()
    {
        var api = Interlocked.Exchange(ref _api, nint.Zero);
        if (api != nint.Zero)
        {
            Tesseract.BaseApiEnd(api);
            Tesseract.BaseApiDelete(api);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(System.Runtime.CompilerServices.CallConvCdecl)])]
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Called by Tesseract's native code: an exception must never unwind into native frames; not cancelling is the safe answer.")]
    private static byte ShouldCancel(nint cancelThis, int words)
    {
        try
        {
            return GCHandle.FromIntPtr(cancelThis).Target is CancelState { Token.IsCancellationRequested: true } ? (byte)1 : (byte)0;
        }
        catch
        {
            return 0;
        }
    }

    private sealed record CancelState(CancellationToken Token);
}
