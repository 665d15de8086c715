using System.Diagnostics;
using System.Globalization;
using Rcm.Bench.Generators;
using Rcm.Bench.Probes;
using Rcm.X12.Validation;

namespace Rcm.Bench.Validation;

/// <summary>
/// <c>validate [--sizes 1,100] [--runs 5]</c>: implementation-guide validation (envelopes, SNIP 1–2 against the
/// guide, HL and balancing rules) of generated 837P and 835 files held in memory. Prints a Markdown table: median
/// MB/s by wall clock and by thread CPU time, allocated bytes per run, findings (0 = the generator's files pass
/// their guides), the memory-read probe on the same buffer and the ratio to the 300 MB/s target of PERFORMANCE.md.
/// </summary>
internal static class ValidationThroughputDriver
{
    private const double TargetMegabytesPerSecond = 300;

    public static int Run(BenchArgs args)
    {
        var runs = int.Parse(args.Get("runs", "5"), CultureInfo.InvariantCulture);
        Console.WriteLine($"load average before: {LoadAverage()}");
        Console.WriteLine("| file | MB | validate MB/s (wall) | validate MB/s (CPU) | alloc MB/run | findings | sum probe MB/s (CPU) | vs 300 MB/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var megabytes in args.Ints("sizes", "1,100"))
        {
            foreach (var kind in Enum.GetValues<X12BenchFileKind>())
            {
                var data = X12BenchFileGenerator.Generate(kind, (long)megabytes << 20, lineBreaks: false);
                Measure(X12BenchFileGenerator.FileName(kind, megabytes, false), data, runs);
            }
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB (includes the generated inputs)");
        Console.WriteLine($"load average after: {LoadAverage()}");
        return 0;
    }

    private static void Measure(string name, byte[] data, int runs)
    {
        var report = X12Validator.Validate(data); // warm up (tiered JIT) and count findings
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        X12Validator.Validate(data);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var cpuStart = ThreadClock.Seconds();
            X12Validator.Validate(data);
            cpu.Add(ThreadClock.Seconds() - cpuStart);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        var probe = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var cpuStart = ThreadClock.Seconds();
            MemoryProbe.Sum(data);
            probe.Add(ThreadClock.Seconds() - cpuStart);
        }

        var mb = data.Length / (double)(1 << 20);
        var cpuMbs = mb / Median(cpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {mb:F1} | {mb / Median(wall):F0} | {cpuMbs:F0} | {allocated / (double)(1 << 20):F2} | {report.Issues.Count} | {mb / Math.Max(Median(probe), 1e-9):F0} | {cpuMbs / TargetMegabytesPerSecond:F2} |"));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
