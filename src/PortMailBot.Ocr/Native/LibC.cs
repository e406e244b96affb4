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

    /// <summary>glibc's M_MMAP_THRESHOLD: blocks at least this large are mapped on their own and unmapped when freed.</summary>
    internal const int MallocMmapThreshold = -3;

    /// <summary>glibc's M_ARENA_MAX: how many heaps threads share (default eight per core).</summary>
    internal const int MallocArenaMax = -8;

    /// <summary>Sets one of glibc's allocator parameters; returns 1 on success.</summary>
    [LibraryImport("libc", EntryPoint = "mallopt")]
    internal static partial int MallOpt(int parameter, int value);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GetEnv(string name);
}
