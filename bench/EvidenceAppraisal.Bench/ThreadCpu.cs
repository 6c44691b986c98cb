using System.Runtime.InteropServices;

namespace EvidenceAppraisal.Bench;

/// <summary>
/// Processor time of the calling thread (Linux clock_gettime, a vDSO call of tens of nanoseconds), so a stage's
/// cost can be told apart from the time other processes on a shared machine take from it.
/// </summary>
internal static partial class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>This thread's processor time so far; zero where the clock is missing (not Linux).</summary>
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
