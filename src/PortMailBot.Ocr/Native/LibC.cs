using System.Runtime.InteropServices;

namespace PortMailBot.Ocr.Native;

/// <summary>The C library's environment: OpenMP reads its settings from the native environment
/// when libgomp loads, which <see cref="Environment.SetEnvironmentVariable(string, string)"/> never reaches.</summary>
internal static partial class LibC
{
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint GetEnv(string name);
}
