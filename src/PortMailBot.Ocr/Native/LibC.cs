using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>The C library: its environment (OpenMP reads its settings from the native environment
/// when libgomp loads, which <see cref="Environment.SetEnvironmentVariable(string, string)"/> never reaches) and its allocator.</summary>
internal static partial class LibC
{
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);

    /// <summary>Gives the free memory of every malloc arena back to the system (glibc); returns 1 if any was.</summary>
    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    internal static partial int MallocTrim(nuint pad);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GetEnv(string name);
}
