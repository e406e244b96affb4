using System.Runtime.InteropServices;

// Tesseract, leptonica and libc are the system's (Debian packages), loaded by soname: they are looked up
// only where the system keeps libraries, never first beside the assembly or in the working directory,
// so a file dropped there cannot stand in for them (CA5392).
[assembly: DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
