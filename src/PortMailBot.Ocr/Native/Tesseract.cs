using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>Tesseract's C API (capi.h) as shipped by Debian's libtesseract5. BOOL is a C int.</summary>
internal static unsafe partial class Tesseract
{
    internal const string Library = "libtesseract.so.5";

    /// <summary>TessPageIteratorLevel.RIL_WORD.</summary>
    internal const int LevelWord = 3;

    /// <summary>TessPageSegMode.PSM_AUTO: layout analysis without orientation detection.</summary>
    internal const int PageSegAuto = 3;

    [LibraryImport(Library, EntryPoint = "TessBaseAPICreate")]
    internal static partial nint BaseApiCreate();

    [LibraryImport(Library, EntryPoint = "TessBaseAPIDelete")]
    internal static partial void BaseApiDelete(nint api);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIInit3", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int BaseApiInit3(nint api, string dataPath, string language);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIEnd")]
    internal static partial void BaseApiEnd(nint api);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetVariable", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int BaseApiSetVariable(nint api, string name, string value);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetPageSegMode")]
    internal static partial void BaseApiSetPageSegMode(nint api, int mode);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetImage2")]
    internal static partial void BaseApiSetImage2(nint api, nint pix);

    [LibraryImport(Library, EntryPoint = "TessBaseAPISetSourceResolution")]
    internal static partial void BaseApiSetSourceResolution(nint api, int ppi);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIRecognize")]
    internal static partial int BaseApiRecognize(nint api, nint monitor);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIGetIterator")]
    internal static partial nint BaseApiGetIterator(nint api);

    [LibraryImport(Library, EntryPoint = "TessBaseAPIClear")]
    internal static partial void BaseApiClear(nint api);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorDelete")]
    internal static partial void ResultIteratorDelete(nint iterator);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorNext")]
    internal static partial int ResultIteratorNext(nint iterator, int level);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetPageIteratorConst")]
    internal static partial nint ResultIteratorGetPageIteratorConst(nint iterator);

    /// <summary>Returns text the caller frees with <see cref="DeleteText"/>.</summary>
    [LibraryImport(Library, EntryPoint = "TessResultIteratorGetUTF8Text")]
    internal static partial nint ResultIteratorGetUtf8Text(nint iterator, int level);

    [LibraryImport(Library, EntryPoint = "TessResultIteratorConfidence")]
    internal static partial float ResultIteratorConfidence(nint iterator, int level);

    [LibraryImport(Library, EntryPoint = "TessPageIteratorBoundingBox")]
    internal static partial int PageIteratorBoundingBox(nint iterator, int level, out int left, out int top, out int right, out int bottom);

    [LibraryImport(Library, EntryPoint = "TessDeleteText")]
    internal static partial void DeleteText(nint text);

    [LibraryImport(Library, EntryPoint = "TessMonitorCreate")]
    internal static partial nint MonitorCreate();

    [LibraryImport(Library, EntryPoint = "TessMonitorDelete")]
    internal static partial void MonitorDelete(nint monitor);

    [LibraryImport(Library, EntryPoint = "TessMonitorSetCancelFunc")]
    internal static partial void MonitorSetCancelFunc(nint monitor, delegate* unmanaged[Cdecl]<nint, int, byte> cancel);

    [LibraryImport(Library, EntryPoint = "TessMonitorSetCancelThis")]
    internal static partial void MonitorSetCancelThis(nint monitor, nint cancelThis);

    /// <summary>The deadline counts from now.</summary>
    [LibraryImport(Library, EntryPoint = "TessMonitorSetDeadlineMSecs")]
    internal static partial void MonitorSetDeadlineMSecs(nint monitor, int milliseconds);
}
