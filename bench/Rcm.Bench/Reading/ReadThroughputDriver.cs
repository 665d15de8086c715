using System.Diagnostics;
using System.Globalization;
using Rcm.Bench.Generators;
using Rcm.Bench.Probes;
using Rcm.X12.Envelopes;

namespace Rcm.Bench.Reading;

/// <summary>
/// <c>measure [--sizes 1,100] [--seconds 1]</c>: a short custom driver for the shared machine. For each generated
/// file it times the tokenizing walk and, on the same buffer in the same session, the two limit probes; it prints
/// medians as a Markdown table (MB = 2^20 bytes) with the reader's ratio to the probes and to PERFORMANCE.md.
/// Both wall time and the thread's CPU time are measured; ratios use CPU time, which holds on a loaded machine.
/// </summary>
internal static class ReadThroughputDriver
{
    private const double TargetMegabytesPerSecond = 1000;
    private const double TargetSegmentsPerSecond = 40e6;

    public static int Run(BenchArgs args)
    {
        double seconds = double.Parse(args.Get("seconds", "1"), CultureInfo.InvariantCulture);
        Console.WriteLine($"load average before: {LoadAverage()}");
        Console.WriteLine("| file | MB | segments | read MB/s (wall) | read MB/s (CPU) | M segments/s (CPU) | alloc B/run | envelope scan MB/s (CPU) | sum probe MB/s (CPU) | count probe MB/s (CPU) | read / count probe | vs 1,000 MB/s | vs 40 M seg/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int megabytes in args.Ints("sizes", "1,100"))
        {
            foreach (X12BenchFileKind kind in Enum.GetValues<X12BenchFileKind>())
            {
                foreach (bool lineBreaks in new[] { false, true })
                {
                    byte[] data = X12BenchFileGenerator.Generate(kind, (long)megabytes << 20, lineBreaks);
                    Measure(X12BenchFileGenerator.FileName(kind, megabytes, lineBreaks), data, seconds);
                }
            }
        }

        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

    private static void Measure(string name, byte[] data, double seconds)
    {
        (long segments, _) = SegmentWalk.TouchAll(data);
        long before = GC.GetAllocatedBytesForCurrentThread();
        SegmentWalk.TouchAll(data);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Timing read = Time(() => SegmentWalk.TouchAll(data).Segments, seconds);
        Timing envelopes = Time(() => X12EnvelopeScanner.Scan(data).SegmentCount, seconds / 2);
        Timing sum = Time(() => (long)MemoryProbe.Sum(data), seconds / 2);
        Timing count = Time(() => MemoryProbe.CountDelimiters(data, (byte)'*', (byte)'~'), seconds / 2);
        double mb = data.Length / (double)(1 << 20);
        double readCpu = mb / read.Cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {mb:F1} | {segments:N0} | {mb / read.Wall:F0} | {readCpu:F0} | {segments / read.Cpu / 1e6:F1} | {allocated} | {mb / envelopes.Cpu:F0} | {mb / sum.Cpu:F0} | {mb / count.Cpu:F0} | {readCpu / (mb / count.Cpu):F3} | {readCpu / TargetMegabytesPerSecond:F2} | {segments / read.Cpu / TargetSegmentsPerSecond:F2} |"));
    }

    /// <summary>
    /// Median wall and thread-CPU seconds per run, over batches of at least 10 ms (so that short runs are timed by a
    /// clock fine enough), at least five batches and about <paramref name="budget"/> seconds.
    /// </summary>
    private static Timing Time(Func<long> run, double budget)
    {
        // Warm up until tiered JIT has promoted the code: at least 50 runs or 0.3 s, and at least 3 runs.
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 3 || (i < 50 && warm.Elapsed.TotalSeconds < 0.3); i++)
        {
            run();
        }

        long start = Stopwatch.GetTimestamp();
        run();
        double once = Math.Max(Stopwatch.GetElapsedTime(start).TotalSeconds, 1e-6);
        int batch = (int)Math.Clamp(0.01 / once, 1, 100_000);

        var wall = new List<double>();
        var cpu = new List<double>();
        var total = Stopwatch.StartNew();
        while (wall.Count < 5 || (total.Elapsed.TotalSeconds < budget && wall.Count < 1000))
        {
            long wallStart = Stopwatch.GetTimestamp();
            double cpuStart = ThreadClock.Seconds();
            for (int i = 0; i < batch; i++)
            {
                run();
            }

            cpu.Add((ThreadClock.Seconds() - cpuStart) / batch);
            wall.Add(Stopwatch.GetElapsedTime(wallStart).TotalSeconds / batch);
        }

        wall.Sort();
        cpu.Sort();
        return new Timing(wall[wall.Count / 2], cpu[cpu.Count / 2]);
    }

    private readonly record struct Timing(double Wall, double Cpu);
}
