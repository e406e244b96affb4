using System.Runtime.InteropServices;

namespace PortMailBot.Benchmarks.Check;

/// <summary>CPU time (user + system) of every child process this process has waited for, grandchildren
/// included once their parents waited for them: the difference around one run is the work that run did,
/// which other agents' load on a shared machine inflates far less than its wall-clock time.</summary>
internal static partial class ChildCpuTime
{
    private const int RusageChildren = -1;

    public static TimeSpan Total
    {
        get
        {
            if (!OperatingSystem.IsLinux() || GetRusage(RusageChildren, out var usage) != 0)
            {
                return TimeSpan.Zero;
            }

            return Microseconds(usage.UserSeconds, usage.UserMicroseconds) + Microseconds(usage.SystemSeconds, usage.SystemMicroseconds);
        }
    }

    private static TimeSpan Microseconds(long seconds, long microseconds) => TimeSpan.FromMicroseconds((seconds * 1_000_000.0) + microseconds);

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResident;
        public long Shared;
        public long UnsharedData;
        public long UnsharedStack;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlockInputs;
        public long BlockOutputs;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
