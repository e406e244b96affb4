using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PortMailBot.Containment;

/// <summary>In the worker, standard output carries the frames to the daemon. It is moved to a descriptor
/// of its own and descriptor 1 pointed at standard error, so that nothing else (a native library's
/// printf, a stray Console.Write) can ever corrupt a frame.</summary>
internal static partial class WorkerStdout
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    public static Stream TakeForFrames()
    {
        var frames = Dup(StandardOutput);
        if (frames < 0 || Dup2(StandardError, StandardOutput) < 0)
        {
            throw new IOException("the worker could not take its standard output for frames");
        }

        return new FileStream(new SafeFileHandle(frames, ownsHandle: true), FileAccess.Write, bufferSize: 64 * 1024);
    }

    [LibraryImport("libc", EntryPoint = "dup")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Dup(int descriptor);

    [LibraryImport("libc", EntryPoint = "dup2")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Dup2(int descriptor, int target);
}
