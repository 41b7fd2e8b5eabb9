using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Evaluation;

/// <summary>
/// CPU time of the calling thread, for speed figures that hold on a loaded machine: wall-clock time counts the
/// waits for other processes' turns, this does not. Falls back to the process's CPU time where the platform
/// offers no per-thread clock.
/// </summary>
public static class ThreadCpuClock
{
    private const int LinuxThreadClock = 3;
    private const int MacThreadClock = 16;

    public static TimeSpan Now()
    {
        if ((OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            && clock_gettime(OperatingSystem.IsLinux() ? LinuxThreadClock : MacThreadClock, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }
        if (OperatingSystem.IsWindows() && GetThreadTimes(GetCurrentThread(), out _, out _, out var kernel, out var user))
        {
            return TimeSpan.FromTicks(kernel + user);
        }
        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: these signatures are blittable, and the project need not allow unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [DllImport("kernel32")]
    private static extern nint GetCurrentThread();

    [DllImport("kernel32", EntryPoint = "GetThreadTimes")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetThreadTimes(nint thread, out long creation, out long exit, out long kernel, out long user);
}
