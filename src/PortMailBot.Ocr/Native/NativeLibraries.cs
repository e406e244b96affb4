using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>Loads Tesseract and leptonica once, after making OpenMP single-threaded.</summary>
internal static class NativeLibraries
{
    private static readonly Lazy<string?> LoadFailure = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Null when both libraries loaded; otherwise why not.</summary>
    public static string? Failure => LoadFailure.Value;

    public static bool Available => Failure is null;

    /// <summary>Image buffers come from <see cref="PixBufferCache"/>; what is left large is the decoders' and
    /// Tesseract's scratch. glibc's default threshold follows the largest block freed so far (up to 32 MB),
    /// and then keeps such scratch in its heaps between pages: measured over 500 pages, 337-415 MB resident
    /// against 299-338 MB with a fixed 256 KB threshold. Not glibc (musl): nothing to set.</summary>
    private static void KeepLargeBlocksOutOfTheHeap()
    {
        try
        {
            _ = LibC.MallOpt(LibC.MallocMmapThreshold, 256 * 1024);

            // One heap per core, not glibc's eight: pages are read on whichever pool thread is free, and each
            // new thread would otherwise fault in a heap of its own (check reading several messages at once:
            // 391 MB resident against 370 MB with two). A limit set by the operator is kept.
            if (LibC.GetEnv("MALLOC_ARENA_MAX") == nint.Zero)
            {
                _ = LibC.MallOpt(LibC.MallocArenaMax, Environment.ProcessorCount);
            }
        }
        catch (EntryPointNotFoundException)
        {
        }
    }

    private static string? Load()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsFreeBSD())
        {
            return "the Tesseract binding targets Linux (libtesseract.so.5)";
        }

        // libgomp reads OMP_THREAD_LIMIT once, when libtesseract pulls it in. With its threads on,
        // two engines on two cores spin against each other and OCR runs 2-4x slower. The pool's
        // engines already give one thread per core. A limit set by the operator is kept.
        try
        {
            if (LibC.GetEnv("OMP_THREAD_LIMIT") == nint.Zero)
            {
                _ = LibC.SetEnv("OMP_THREAD_LIMIT", "1", 0);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return "the C library's setenv could not be called: " + e.Message;
        }

        if (!NativeLibrary.TryLoad(Leptonica.Library, typeof(NativeLibraries).Assembly, null, out _))
        {
            return Leptonica.Library + " not found (install liblept5: scripts/install-ocr.sh)";
        }

        PixBufferCache.Install();
        KeepLargeBlocksOutOfTheHeap();
        if (!NativeLibrary.TryLoad(Tesseract.Library, typeof(NativeLibraries).Assembly, null, out _))
        {
            return Tesseract.Library + " not found (install libtesseract5: scripts/install-ocr.sh)";
        }

        _ = Leptonica.SetMsgSeverity(Leptonica.SeverityNone);
        return null;
    }
}
