using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Rcm.Bench.Probes;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, nanosecond resolution). On a shared machine
/// with a load average far above its core count, wall time mostly measures waiting for a core; thread CPU time
/// measures the work. Falls back to wall time where the clock is unavailable.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    public static double Seconds() => Available && TryRead(out double seconds) ? seconds : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;

    private static bool TryRead(out double seconds)
    {
        try
        {
            if (clock_gettime(ClockThreadCpuTimeId, out TimeSpec time) == 0)
            {
                seconds = time.Seconds + (time.Nanoseconds / 1e9);
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        seconds = 0;
        return false;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
