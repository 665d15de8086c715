using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Rcm.Bench.Generators;
using Rcm.Bench.Probes;
using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Eligibility;
using Rcm.X12.Writing;

namespace Rcm.Bench.Typed;

/// <summary>
/// <c>typed [--sizes 1,100] [--seconds 2]</c>: typed parse of generated 837P and 835 files (MB/s, allocation, the
/// typed model's retained size against the file) and typed writing of 837P, 835 and 271 (MB/s of X12 written), with
/// the tokenizing walk on the same buffer as the session's reference. Medians of thread CPU time; MB = 2^20 bytes.
/// </summary>
internal static class TypedThroughputDriver
{
    private const double ParseTarget = 500;
    private const double WriteTarget = 500;

    public static int Run(BenchArgs args)
    {
        double seconds = double.Parse(args.Get("seconds", "2"), CultureInfo.InvariantCulture);
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| file | MB | typed parse MB/s (CPU) | vs 500 | tokenize MB/s (CPU) | parse / tokenize | allocated / file | retained model / file | write MB/s (CPU) | vs 500 | segment rewrite MB/s (CPU) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int megabytes in args.Ints("sizes", "1,100"))
        {
            foreach (X12BenchFileKind kind in Enum.GetValues<X12BenchFileKind>())
            {
                byte[] data = X12BenchFileGenerator.Generate(kind, (long)megabytes << 20, lineBreaks: false);
                Measure(X12BenchFileGenerator.FileName(kind, megabytes, false), data, seconds);
            }

            MeasureWrite271(megabytes, seconds);
        }

        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static void Measure(string name, byte[] data, double seconds)
    {
        double mb = data.Length / (double)(1 << 20);
        long before = GC.GetAllocatedBytesForCurrentThread();
        X12ParseResult result = X12TransactionParser.Parse(data);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (!result.IsComplete)
        {
            throw new InvalidOperationException($"{name}: {result.Issues[0].Message}");
        }

        long retained = Retained(data);
        double parse = Time(() => X12TransactionParser.Parse(data).Interchanges.Count, seconds);
        double tokenize = Time(() => Reading.SegmentWalk.TouchAll(data).Segments, seconds / 2);
        var output = new ArrayBufferWriter<byte>(data.Length + (1 << 20));
        double write = Time(() => Write(result, output), seconds);
        double written = output.WrittenCount / (double)(1 << 20);
        double rewrite = Time(() => Rewrite(data, output), seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {mb:F1} | {mb / parse:F0} | {mb / parse / ParseTarget:F2} | {mb / tokenize:F0} | {tokenize / parse:F3} | {allocated / (double)data.Length:F2} | {retained / (double)data.Length:F2} | {written / write:F0} | {written / write / WriteTarget:F2} | {mb / rewrite:F0} |"));
    }

    private static void MeasureWrite271(int megabytes, double seconds)
    {
        EligibilityResponse271 response = EligibilityResponseFactory.Create((long)megabytes << 20);
        var output = new ArrayBufferWriter<byte>((megabytes + 1) << 20);
        var result = new X12ParseResult();
        result.Interchanges.Add(new X12InterchangeContent
        {
            SenderQualifier = "ZZ", SenderId = "PAYER", ReceiverQualifier = "ZZ", ReceiverId = "CLINIC", Date = "260105", Time = "1200", ControlNumber = "000000001", UsageIndicator = "T",
            Groups = [new X12GroupContent { FunctionalIdentifier = "HB", SenderCode = "PAYER", ReceiverCode = "CLINIC", ControlNumber = "1", Version = "005010X279A1", Transactions = [response] }],
        });
        double write = Time(() => Write(result, output), seconds);
        double written = output.WrittenCount / (double)(1 << 20);
        double parse = Time(() => X12TransactionParser.Parse(output.WrittenSpan).Interchanges.Count, seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| generated 271 | {written:F1} | {written / parse:F0} | {written / parse / ParseTarget:F2} | | | | | {written / write:F0} | {written / write / WriteTarget:F2} |"));
    }

    private static long Write(X12ParseResult result, ArrayBufferWriter<byte> output)
    {
        output.ResetWrittenCount();
        using (var writer = new X12Writer(output, new X12WriterOptions { ControlNumbers = new SequentialControlNumberSource() }))
        {
            X12TransactionWriter.Write(writer, result.Interchanges);
        }

        return output.WrittenCount;
    }

    /// <summary>The writer alone: every segment read and written back element by element (envelopes through Begin/End).</summary>
    private static long Rewrite(byte[] data, ArrayBufferWriter<byte> output)
    {
        output.ResetWrittenCount();
        var reader = new Rcm.X12.Reading.X12SegmentReader(data);
        using var writer = new X12Writer(output, new X12WriterOptions { ControlNumbers = new SequentialControlNumberSource() });
        while (reader.Read())
        {
            if (reader.SegmentIs("ISA"u8))
            {
                writer.BeginInterchange(new X12InterchangeHeader { SenderQualifier = "ZZ", SenderId = "S", ReceiverQualifier = "ZZ", ReceiverId = "R", Date = "260105", Time = "1200" });
            }
            else if (reader.SegmentIs("GS"u8))
            {
                writer.BeginGroup(new X12GroupHeader { FunctionalIdentifier = "HC", SenderCode = "S", ReceiverCode = "R", Version = "005010X222A1", Date = "20260105", Time = "1200" });
            }
            else if (reader.SegmentIs("ST"u8))
            {
                writer.BeginTransaction("837");
            }
            else if (reader.SegmentIs("SE"u8))
            {
                writer.EndTransaction();
            }
            else if (reader.SegmentIs("GE"u8))
            {
                writer.EndGroup();
            }
            else if (reader.SegmentIs("IEA"u8))
            {
                writer.EndInterchange();
            }
            else
            {
                writer.BeginSegment(reader.SegmentId);
                for (int i = 1; i <= reader.ElementCount; i++)
                {
                    writer.WriteElement(reader.Element(i));
                }

                writer.EndSegment();
            }
        }

        return output.WrittenCount;
    }

    /// <summary>Managed heap held by the typed model of <paramref name="data"/> after a full collection.</summary>
    private static long Retained(byte[] data)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        X12ParseResult result = X12TransactionParser.Parse(data);
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return after - before;
    }

    /// <summary>Median thread-CPU seconds per run over at least three runs and about <paramref name="budget"/> seconds.</summary>
    private static double Time(Func<long> run, double budget)
    {
        run();
        var cpu = new List<double>();
        var total = Stopwatch.StartNew();
        while (cpu.Count < 3 || (total.Elapsed.TotalSeconds < budget && cpu.Count < 200))
        {
            double start = ThreadClock.Seconds();
            run();
            cpu.Add(ThreadClock.Seconds() - start);
        }

        cpu.Sort();
        return cpu[cpu.Count / 2];
    }
}
