using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>The few leptonica functions the engine needs (Debian's liblept5). Every PIX returned
/// is owned by the caller and wrapped in a <see cref="PixHandle"/> at once.</summary>
internal static unsafe partial class Leptonica
{
    internal const string Library = "liblept.so.5";

    /// <summary>Leptonica's file formats (imageio.h).</summary>
    internal const int FormatUnknown = 0;
    internal const int FormatTiff = 4;
    internal const int FormatTiffLast = 10;
    internal const int FormatTiffJpeg = 17;

    /// <summary>L_SEVERITY_NONE: leptonica would otherwise write every refused file to stderr.</summary>
    internal const int SeverityNone = 6;

    [LibraryImport(Library, EntryPoint = "setMsgSeverity")]
    internal static partial int SetMsgSeverity(int newSeverity);

    /// <summary>Replaces malloc/free for image data in the whole process; call before the first image is made.</summary>
    [LibraryImport(Library, EntryPoint = "setPixMemoryManager")]
    internal static partial void SetPixMemoryManager(delegate* unmanaged[Cdecl]<nuint, void*> allocator, delegate* unmanaged[Cdecl]<void*, void> deallocator);

    [LibraryImport(Library, EntryPoint = "findFileFormatBuffer")]
    internal static partial int FindFileFormatBuffer(byte* buffer, out int format);

    [LibraryImport(Library, EntryPoint = "pixReadHeaderMem")]
    internal static partial int ReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(Library, EntryPoint = "readHeaderMemTiff")]
    internal static partial int ReadHeaderMemTiff(byte* data, nuint size, int page, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int resolution, out int isColormapped, out int format);

    [LibraryImport(Library, EntryPoint = "pixReadMem")]
    internal static partial nint ReadMem(byte* data, nuint size);

    /// <summary>Decodes a JPEG; with <see cref="JpegReadLuminance"/> only its grey (Y) channel, skipping
    /// the chroma and the colour conversion.</summary>
    [LibraryImport(Library, EntryPoint = "pixReadMemJpeg")]
    internal static partial nint ReadMemJpeg(byte* data, nuint size, int colormapFlag, int reduction, out int warnings, int hint);

    internal const int FormatJpeg = 2;
    internal const int JpegReadLuminance = 1;

    [LibraryImport(Library, EntryPoint = "pixReadMemTiff")]
    internal static partial nint ReadMemTiff(byte* data, nuint size, int page);

    [LibraryImport(Library, EntryPoint = "pixCreate")]
    internal static partial nint Create(int width, int height, int depth);

    /// <summary>A PIX whose pixels are left as the allocator gave them, for code that writes every row.</summary>
    [LibraryImport(Library, EntryPoint = "pixCreateNoInit")]
    internal static partial nint CreateNoInit(int width, int height, int depth);

    [LibraryImport(Library, EntryPoint = "pixDestroy")]
    internal static partial void Destroy(ref nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetWidth")]
    internal static partial int GetWidth(nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetHeight")]
    internal static partial int GetHeight(nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetDepth")]
    internal static partial int GetDepth(nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetXRes")]
    internal static partial int GetXRes(nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetYRes")]
    internal static partial int GetYRes(nint pix);

    [LibraryImport(Library, EntryPoint = "pixSetResolution")]
    internal static partial int SetResolution(nint pix, int xres, int yres);

    [LibraryImport(Library, EntryPoint = "pixGetData")]
    internal static partial uint* GetData(nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetWpl")]
    internal static partial int GetWordsPerLine(nint pix);

    /// <summary>Any depth to 8-bit grey; <paramref name="colormapFlag"/> 0 removes a colormap.</summary>
    [LibraryImport(Library, EntryPoint = "pixConvertTo8")]
    internal static partial nint ConvertTo8(nint pix, int colormapFlag);

    /// <summary>Any depth to 32-bit RGB. Used by the tests to make colour photos.</summary>
    [LibraryImport(Library, EntryPoint = "pixConvertTo32")]
    internal static partial nint ConvertTo32(nint pix);

    [LibraryImport(Library, EntryPoint = "pixScale")]
    internal static partial nint Scale(nint pix, float scaleX, float scaleY);

    /// <summary><paramref name="direction"/> 1 turns clockwise, -1 counter-clockwise.</summary>
    [LibraryImport(Library, EntryPoint = "pixRotate90")]
    internal static partial nint Rotate90(nint pix, int direction);

    [LibraryImport(Library, EntryPoint = "pixRotate180")]
    internal static partial nint Rotate180(nint destination, nint source);

    /// <summary>Turns by <paramref name="radians"/> (clockwise positive) keeping the size; <paramref name="type"/> and
    /// <paramref name="incolor"/> take <see cref="RotateAreaMap"/> and <see cref="BringInWhite"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pixRotate")]
    internal static partial nint Rotate(nint pix, float radians, int type, int incolor, int width, int height);

    internal const int RotateAreaMap = 1;
    internal const int BringInWhite = 1;

    /// <summary>Measures a 1-bpp page's text-line skew: the angle (degrees) that levels it and a confidence
    /// (ratio of best to worst score). Returns 0 when a measurement was made.</summary>
    [LibraryImport(Library, EntryPoint = "pixFindSkewSweepAndSearch")]
    internal static partial int FindSkewSweepAndSearch(nint pix, out float angle, out float confidence, int reductionSweep, int reductionSearch, float sweepRange, float sweepDelta, float minSearchDelta);

    /// <summary>Maps grey levels through a curve: <paramref name="minValue"/> and below to black, <paramref name="maxValue"/>
    /// and above to white (linear between with gamma 1); in place when <paramref name="target"/> is <paramref name="pix"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pixGammaTRC")]
    internal static partial nint GammaTrc(nint target, nint pix, float gamma, int minValue, int maxValue);

    /// <summary>Divides an 8-bit grey page by its background (a grey closing on a page reduced
    /// <paramref name="reduction"/> times, by a <paramref name="size"/> brick there), so that the paper lies at
    /// <paramref name="backgroundValue"/> everywhere; a new PIX.</summary>
    [LibraryImport(Library, EntryPoint = "pixBackgroundNormMorph")]
    internal static partial nint BackgroundNormMorph(nint pix, nint mask, int reduction, int size, int backgroundValue);

    /// <summary>8-bit grey to 1 bpp: a pixel darker than <paramref name="threshold"/> becomes foreground (1).</summary>
    [LibraryImport(Library, EntryPoint = "pixThresholdToBinary")]
    internal static partial nint ThresholdToBinary(nint pix, int threshold);

    /// <summary>Binary opening by a <paramref name="width"/> x <paramref name="height"/> brick: keeps the
    /// foreground that such a brick fits inside. Exact; for small bricks.</summary>
    [LibraryImport(Library, EntryPoint = "pixOpenBrick")]
    internal static partial nint OpenBrick(nint destination, nint pix, int width, int height);

    /// <summary>The same opening by a composition of smaller bricks (size may be rounded): for long bricks.</summary>
    [LibraryImport(Library, EntryPoint = "pixOpenCompBrickExtendDwa")]
    internal static partial nint OpenLongBrick(nint destination, nint pix, int width, int height);

    [LibraryImport(Library, EntryPoint = "pixDilateBrick")]
    internal static partial nint DilateBrick(nint destination, nint pix, int width, int height);

    /// <summary>Foreground of <paramref name="first"/> not in <paramref name="second"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pixSubtract")]
    internal static partial nint Subtract(nint destination, nint first, nint second);

    [LibraryImport(Library, EntryPoint = "pixOr")]
    internal static partial nint Or(nint destination, nint first, nint second);

    /// <summary>Reports through <paramref name="empty"/> (1) that a PIX has no foreground.</summary>
    [LibraryImport(Library, EntryPoint = "pixZero")]
    internal static partial int Zero(nint pix, out int empty);

    [LibraryImport(Library, EntryPoint = "pixCopy")]
    internal static partial nint Copy(nint destination, nint pix);

    /// <summary>Sets every pixel of <paramref name="pix"/> under the 1-bpp <paramref name="mask"/>'s foreground to <paramref name="value"/>.</summary>
    [LibraryImport(Library, EntryPoint = "pixSetMasked")]
    internal static partial int SetMasked(nint pix, nint mask, uint value);

    /// <summary>Reports through <paramref name="same"/> (1) whether two images hold the same pixels.</summary>
    [LibraryImport(Library, EntryPoint = "pixEqual")]
    internal static partial int Equal(nint first, nint second, out int same);

    [LibraryImport(Library, EntryPoint = "pixGetPixel")]
    internal static partial int GetPixel(nint pix, int x, int y, out uint value);

    [LibraryImport(Library, EntryPoint = "pixGetColormap")]
    internal static partial nint GetColormap(nint pix);

    /// <summary>Another reference to the same image (reference counted; each is destroyed on its own).</summary>
    [LibraryImport(Library, EntryPoint = "pixClone")]
    internal static partial nint Clone(nint pix);

    internal const int FormatPng = 3;

    /// <summary>Encodes a PIX; the buffer is freed with <see cref="Free"/>. Used by the tests to make turned pages.</summary>
    [LibraryImport(Library, EntryPoint = "pixWriteMem")]
    internal static partial int WriteMem(out nint data, out nuint size, nint pix, int format);

    /// <summary>Encodes a JPEG at <paramref name="quality"/> (1-100); the buffer is freed with <see cref="Free"/>.
    /// Used by the tests to make low-quality scans.</summary>
    [LibraryImport(Library, EntryPoint = "pixWriteMemJpeg")]
    internal static partial int WriteMemJpeg(out nint data, out nuint size, nint pix, int quality, int progressive);

    [LibraryImport(Library, EntryPoint = "lept_free")]
    internal static partial void Free(nint data);
}
