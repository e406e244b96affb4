using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>Leptonica's allocator for image data (<c>setPixMemoryManager</c>), served by one process-wide
/// <see cref="ImageBufferPool"/>: every page makes several page-sized images (decoded, levelled, cleaned,
/// scaled, and Tesseract's own copies and binarisations), and keeping them for the next page instead of
/// giving them back to the system saves their page faults.</summary>
internal static unsafe class PixBufferCache
{
    public static ImageBufferPool Shared { get; } = new(OcrOptions.DefaultImageBufferCacheMegabytes * 1024L * 1024L);

    /// <summary>Makes leptonica (and Tesseract, which makes its images with it) allocate image data from
    /// <see cref="Shared"/>. Runs when leptonica loads, before the first image is made; a buffer made
    /// by malloc before then would still be freed correctly.</summary>
    public static void Install() => Leptonica.SetPixMemoryManager(&Allocate, &Release);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void* Allocate(nuint size) => Shared.Rent(size);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(void* data) => Shared.Return(data);
}
