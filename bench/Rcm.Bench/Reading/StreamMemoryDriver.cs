using System.Diagnostics;
using System.Globalization;
using Rcm.Bench.Generators;
using Rcm.Bench.Probes;

namespace Rcm.Bench.Reading;

/// <summary>
/// <c>stream [--size-mb 2048] [--kind 837p|835] [--lf] [--generate]</c>: streams a generated input that is never held
/// in memory through X12StreamReader and reports throughput and the process's peak memory. By default the first 64
/// transaction sets are generated and then replayed (the stream costs a copy); <c>--generate</c> generates all of them.
/// </summary>
internal static class StreamMemoryDriver
{
    public static int Run(BenchArgs args)
    {
        long megabytes = long.Parse(args.Get("size-mb", "2048"), CultureInfo.InvariantCulture);
        X12BenchFileKind kind = args.Get("kind", "837p") == "835" ? X12BenchFileKind.Remittance835 : X12BenchFileKind.Claims837P;
        bool lineBreaks = args.Has("lf");
        using var input = new GeneratedX12Stream(kind, megabytes << 20, lineBreaks, replayAfter: args.Has("generate") ? 0 : 64);

        var clock = Stopwatch.StartNew();
        double cpuStart = ThreadClock.Seconds();
        (long segments, long elementBytes) = SegmentWalk.TouchAll(input);
        double cpu = ThreadClock.Seconds() - cpuStart;
        double seconds = clock.Elapsed.TotalSeconds;

        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        double mb = input.BytesRead / (double)(1 << 20);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"streamed {mb:F0} MB ({kind}, line breaks {lineBreaks}): {segments:N0} segments, {elementBytes:N0} element bytes in {seconds:F2} s wall = {mb / seconds:F0} MB/s, {segments / seconds / 1e6:F1} M segments/s; {cpu:F2} s CPU = {mb / cpu:F0} MB/s, {segments / cpu / 1e6:F1} M segments/s (stream copy included)"));
        Console.WriteLine($"load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set {self.PeakWorkingSet64 / (double)(1 << 20):F1} MB; GC heap now {GC.GetTotalMemory(false) / (double)(1 << 20):F1} MB; total allocated {GC.GetTotalAllocatedBytes() / (double)(1 << 20):F1} MB"));
        return 0;
    }
}
