namespace PortMailBot.Ocr;

/// <summary>Time spent inside Tesseract's own recognition, process-wide: the floor the benchmark
/// compares the whole in-process path against.</summary>
internal static class OcrStatistics
{
    private static long _recognitionTicks;
    private static long _recognitions;

    public static TimeSpan RecognitionTime => TimeSpan.FromTicks(Interlocked.Read(ref _recognitionTicks));

    public static long Recognitions => Interlocked.Read(ref _recognitions);

    public static void AddRecognition(TimeSpan elapsed)
    {
        Interlocked.Add(ref _recognitionTicks, elapsed.Ticks);
        Interlocked.Increment(ref _recognitions);
    }

    public static void Reset()
    {
        Interlocked.Exchange(ref _recognitionTicks, 0);
        Interlocked.Exchange(ref _recognitions, 0);
    }
}
