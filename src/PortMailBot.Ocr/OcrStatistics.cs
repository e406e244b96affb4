using System.Collections.Concurrent;

namespace PortMailBot.Ocr;

/// <summary>Time spent inside Tesseract's own recognition, process-wide: the floor the benchmark
/// compares the whole in-process path against; and the time of each preparation step, so the
/// benchmark can say where the rest goes.</summary>
internal static class OcrStatistics
{
    private static readonly ConcurrentDictionary<string, StrongBox> Steps = new(StringComparer.Ordinal);
    private static long _recognitionTicks;
    private static long _recognitions;

    public static TimeSpan RecognitionTime => TimeSpan.FromTicks(Interlocked.Read(ref _recognitionTicks));

    public static long Recognitions => Interlocked.Read(ref _recognitions);

    /// <summary>Time per preparation step (decoding, levelling, rule erasing…), summed over threads.</summary>
    public static IReadOnlyDictionary<string, TimeSpan> StepTimes =>
        Steps.ToDictionary(s => s.Key, s => TimeSpan.FromTicks(Interlocked.Read(ref s.Value.Ticks)), StringComparer.Ordinal);

    public static void AddRecognition(TimeSpan elapsed)
    {
        Interlocked.Add(ref _recognitionTicks, elapsed.Ticks);
        Interlocked.Increment(ref _recognitions);
    }

    public static void AddStep(string step, TimeSpan elapsed) =>
        Interlocked.Add(ref Steps.GetOrAdd(step, _ => new StrongBox()).Ticks, elapsed.Ticks);

    public static void Reset()
    {
        Interlocked.Exchange(ref _recognitionTicks, 0);
        Interlocked.Exchange(ref _recognitions, 0);
        Steps.Clear();
    }

    private sealed class StrongBox
    {
        public long Ticks;
    }
}
