using System.Diagnostics;
using System.Globalization;
using Rcm.Bench.Generators;
using Rcm.Bench.Probes;

namespace Rcm.Bench.Reading;

/// <summary>
/// <c>measure [--sizes 1,100] [--seconds 1]</c>: a short custom driver for the shared machine. For each generated
/// file it times the tokenizing walk and, on the same buffer in the same session, the two limit probes; it prints
/// medians as a Markdown table (MB = 2^20 bytes) with the reader's ratio to the probes and to PERFORMANCE.md.
/// </summary>
internal static class ReadThroughputDriver
{
    private const double TargetMegabytesPerSecond = 1000;
    private const double TargetSegmentsPerSecond = 40e6;

    public static int Run(BenchArgs args)
    {
        double seconds = double.Parse(args.Get("seconds", "1"), CultureInfo.InvariantCulture);
        Console.WriteLine("| file | MB | segments | read MB/s | M segments/s | alloc B/run | sum probe MB/s | count probe MB/s | read / count probe | MB/s vs target | seg/s vs target |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
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

        return 0;
    }

    private static void Measure(string name, byte[] data, double seconds)
    {
        (long segments, _) = SegmentWalk.TouchAll(data);
        long before = GC.GetAllocatedBytesForCurrentThread();
        SegmentWalk.TouchAll(data);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        double read = Median(() => SegmentWalk.TouchAll(data).Segments, seconds);
        double sum = Median(() => (long)MemoryProbe.Sum(data), seconds / 2);
        double count = Median(() => MemoryProbe.CountDelimiters(data, (byte)'*', (byte)'~'), seconds / 2);
        double mb = data.Length / (double)(1 << 20);
        double readMbps = mb / read;
        double segmentsPerSecond = segments / read;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {mb:F1} | {segments:N0} | {readMbps:F0} | {segmentsPerSecond / 1e6:F1} | {allocated} | {mb / sum:F0} | {mb / count:F0} | {readMbps / (mb / count):F3} | {readMbps / TargetMegabytesPerSecond:F2} | {segmentsPerSecond / TargetSegmentsPerSecond:F2} |"));
    }

    /// <summary>Median seconds per run over at least five runs and about <paramref name="budget"/> seconds.</summary>
    private static double Median(Func<long> run, double budget)
    {
        run(); // warm up (tiered JIT)
        run();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < 5 || (total.Elapsed.TotalSeconds < budget && times.Count < 10_000))
        {
            long start = Stopwatch.GetTimestamp();
            run();
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
