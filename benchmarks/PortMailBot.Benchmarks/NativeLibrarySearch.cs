using System.Runtime.InteropServices;

// The benchmarks call leptonica as the OCR assembly does: the system's library only (CA5392).
[assembly: DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
